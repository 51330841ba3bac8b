import { DETECTOR_TIMEOUT_MS, runCommand, withTimeout, type RunCommand } from './command'

export interface X11PresentingDeps {
  platform: NodeJS.Platform
  /** The session's environment: a Wayland session hides other programs' windows from X11 tools. */
  env: Readonly<Record<string, string | undefined>>
  /** Unknot's own processes: our own fullscreen window is not someone presenting. */
  ownPids(): readonly number[]
  run?: RunCommand
  timeoutMs?: number
}

const ACTIVE_WINDOW = /^_NET_ACTIVE_WINDOW\(WINDOW\): window id # (0x[0-9a-f]+)\s*$/im
const WINDOW_STATE = /^_NET_WM_STATE\(ATOM\) =(.*)$/m
const WINDOW_PID = /^_NET_WM_PID\(CARDINAL\) = (\d+)\s*$/m

/**
 * Presenting, on an X11 desktop: the window in front (the window manager's _NET_ACTIVE_WINDOW) is fullscreen
 * (_NET_WM_STATE_FULLSCREEN), as xprop reports them. Anywhere else (Wayland, another platform, no xprop) 'unknown'.
 */
export function createX11PresentingReader(deps: X11PresentingDeps): () => Promise<boolean | 'unknown'> {
  const run = deps.run ?? runCommand
  const timeoutMs = deps.timeoutMs ?? DETECTOR_TIMEOUT_MS
  const xprop = (args: string[]): Promise<string | undefined> =>
    Promise.resolve()
      .then(() => run('xprop', args, { timeoutMs }))
      .catch(() => undefined)

  const read = async (): Promise<boolean | 'unknown'> => {
    const active = await xprop(['-root', '_NET_ACTIVE_WINDOW'])
    const id = active === undefined ? undefined : ACTIVE_WINDOW.exec(active)?.[1]
    if (id === undefined) return 'unknown'
    if (Number(id) === 0) return false
    const window = await xprop(['-id', id, '_NET_WM_STATE', '_NET_WM_PID'])
    const states = window === undefined ? undefined : WINDOW_STATE.exec(window)?.[1]
    if (states === undefined) return window?.includes('_NET_WM_STATE:  not found.') ? false : 'unknown'
    const fullscreen = states.split(',').some((state) => state.trim() === '_NET_WM_STATE_FULLSCREEN')
    const pid = WINDOW_PID.exec(window ?? '')?.[1]
    return fullscreen && !(pid !== undefined && deps.ownPids().includes(Number(pid)))
  }

  return () => {
    if (deps.platform !== 'linux' || !isX11Session(deps.env)) return Promise.resolve('unknown')
    return withTimeout(
      read().catch(() => 'unknown' as const),
      timeoutMs,
      () => 'unknown',
    )
  }
}

function isX11Session(env: X11PresentingDeps['env']): boolean {
  if (env.XDG_SESSION_TYPE === 'wayland' || env.WAYLAND_DISPLAY) return false
  return Boolean(env.DISPLAY)
}
