import { msg } from '../../shared/i18n/catalog'
import type { Message } from '../../shared/kernel/message'
import { DETECTOR_TIMEOUT_MS, describeFailure, runCommand, withTimeout, type RunCommand } from './command'

export interface X11PresentingDeps {
  platform: NodeJS.Platform
  /** The session's environment: a Wayland session hides other programs' windows from X11 tools. */
  env: Readonly<Record<string, string | undefined>>
  /** Unknot's own processes: our own fullscreen window is not someone presenting. */
  ownPids(): readonly number[]
  run?: RunCommand
  timeoutMs?: number
}

/** Whether the window in front is fullscreen, or why that cannot be told (translatable). */
export type PresentingReading = { presenting: boolean } | { presenting: 'unknown'; reason: Message }

const ACTIVE_WINDOW = /^_NET_ACTIVE_WINDOW\(WINDOW\): window id # (0x[0-9a-f]+)\s*$/im
const WINDOW_STATE = /^_NET_WM_STATE\(ATOM\) =(.*)$/m
const WINDOW_PID = /^_NET_WM_PID\(CARDINAL\) = (\d+)\s*$/m

const unknown = (text: string, values?: Message['values']): PresentingReading => ({
  presenting: 'unknown',
  reason: values ? { text, values } : { text },
})
const PRESENTING: PresentingReading = { presenting: true }
const NOT_PRESENTING: PresentingReading = { presenting: false }

/**
 * Why a platform cannot tell, before anything is run: Windows and macOS tell which window is fullscreen only to
 * native code (the kept libraries that ask, such as get-windows or x-win, ship a native module Unknot does not),
 * and a Wayland session keeps other programs' windows from X11 tools.
 */
function unsupported(deps: X11PresentingDeps): PresentingReading | undefined {
  switch (deps.platform) {
    case 'linux':
      break
    case 'win32':
      return unknown(
        msg('On Windows, telling which window is fullscreen needs native code, which Unknot does not ship.'),
      )
    case 'darwin':
      return unknown(
        msg(
          'On macOS, telling which window is fullscreen needs native code or Accessibility access, which Unknot does not use.',
        ),
      )
    default:
      return unknown(msg('Unknot cannot see other programs’ windows on {{platform}}.'), { platform: deps.platform })
  }
  const { env } = deps
  if (env.XDG_SESSION_TYPE === 'wayland' || env.WAYLAND_DISPLAY)
    return unknown(msg('Wayland keeps other programs’ windows private, so Unknot cannot see a fullscreen one.'))
  if (!env.DISPLAY) return unknown(msg('There is no X display to ask which window is in front.'))
  return undefined
}

/**
 * Presenting, on an X11 desktop: the window in front (the window manager's _NET_ACTIVE_WINDOW) is fullscreen
 * (_NET_WM_STATE_FULLSCREEN), as xprop reports them. Anywhere else (Wayland, another platform, no xprop) 'unknown',
 * with the reason. Never rejects.
 */
export function createX11PresentingReader(deps: X11PresentingDeps): () => Promise<PresentingReading> {
  const run = deps.run ?? runCommand
  const timeoutMs = deps.timeoutMs ?? DETECTOR_TIMEOUT_MS
  const xprop = (args: string[]): Promise<string | PresentingReading> =>
    Promise.resolve()
      .then(() => run('xprop', args, { timeoutMs }))
      .catch((error: unknown) => ({ presenting: 'unknown', reason: describeFailure('xprop', error) }) as const)

  const read = async (): Promise<PresentingReading> => {
    const active = await xprop(['-root', '_NET_ACTIVE_WINDOW'])
    if (typeof active !== 'string') return active
    const id = ACTIVE_WINDOW.exec(active)?.[1]
    if (id === undefined) return unknown(msg('The window manager does not say which window is in front.'))
    if (Number(id) === 0) return NOT_PRESENTING
    const window = await xprop(['-id', id, '_NET_WM_STATE', '_NET_WM_PID'])
    if (typeof window !== 'string') return window
    const states = WINDOW_STATE.exec(window)?.[1]
    if (states === undefined) {
      if (window.includes('_NET_WM_STATE:  not found.')) return NOT_PRESENTING
      return unknown(msg('xprop described the window in front in a form Unknot does not understand.'))
    }
    const fullscreen = states.split(',').some((state) => state.trim() === '_NET_WM_STATE_FULLSCREEN')
    const pid = WINDOW_PID.exec(window)?.[1]
    return fullscreen && !(pid !== undefined && deps.ownPids().includes(Number(pid))) ? PRESENTING : NOT_PRESENTING
  }

  return () => {
    const cannot = unsupported(deps)
    if (cannot) return Promise.resolve(cannot)
    return withTimeout(
      read().catch((error: unknown) =>
        unknown(msg('The fullscreen check failed: {{error}}'), { error: String(error) }),
      ),
      timeoutMs,
      () => unknown(msg('The fullscreen check gave no answer in {{seconds}} s.'), { seconds: timeoutMs / 1000 }),
    )
  }
}
