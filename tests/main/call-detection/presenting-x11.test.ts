import { afterEach, describe, expect, it, vi } from 'vitest'
import { createX11PresentingReader, type X11PresentingDeps } from '../../../src/main/call-detection/presenting-x11'
import { commandError, english, fakeRunner, fixture, notInstalled, type Answer } from './fake-runner'

const ROOT = 'xprop -root _NET_ACTIVE_WINDOW'
const WINDOW = 'xprop -id 0x3a00007 _NET_WM_STATE _NET_WM_PID'
const X11 = { DISPLAY: ':0', XDG_SESSION_TYPE: 'x11' }

/** The reader's answer as a person would read it: presenting or not, or why it cannot tell (in English). */
function reader(answers: Record<string, Answer>, overrides: Partial<X11PresentingDeps> = {}) {
  const run = fakeRunner(answers)
  const readRaw = createX11PresentingReader({ platform: 'linux', env: X11, ownPids: () => [777], run, ...overrides })
  const read = async (): Promise<boolean | string> => {
    const reading = await readRaw()
    return reading.presenting === 'unknown' ? english(reading.reason) : reading.presenting
  }
  return { read, calls: run.calls }
}

afterEach(() => vi.useRealTimers())

describe('presenting on X11 (xprop)', () => {
  it('is presenting when the window in front is fullscreen', async () => {
    const { read } = reader({
      [ROOT]: fixture('xprop-root-active.txt'),
      [WINDOW]: fixture('xprop-window-fullscreen.txt'),
    })
    expect(await read()).toBe(true)
  })

  it('is not presenting when the window in front is only maximised, or has no state', async () => {
    const maximized = reader({
      [ROOT]: fixture('xprop-root-active.txt'),
      [WINDOW]: fixture('xprop-window-maximized.txt'),
    })
    expect(await maximized.read()).toBe(false)
    const plain = reader({ [ROOT]: fixture('xprop-root-active.txt'), [WINDOW]: fixture('xprop-window-no-state.txt') })
    expect(await plain.read()).toBe(false)
  })

  it('is not presenting when no window is in front, without asking further', async () => {
    const { read, calls } = reader({ [ROOT]: fixture('xprop-root-no-window.txt') })
    expect(await read()).toBe(false)
    expect(calls).toEqual([ROOT])
  })

  it("does not count Unknot's own fullscreen window", async () => {
    const { read } = reader({
      [ROOT]: fixture('xprop-root-active.txt'),
      [WINDOW]: fixture('xprop-window-own-fullscreen.txt'),
    })
    expect(await read()).toBe(false)
  })

  it('is unknown when the window manager does not say which window is in front', async () => {
    expect(await reader({ [ROOT]: fixture('xprop-root-not-found.txt') }).read()).toBe(
      'The window manager does not say which window is in front.',
    )
  })

  it('is unknown without xprop, without a display, or when the window vanished meanwhile', async () => {
    expect(await reader({ [ROOT]: notInstalled('xprop') }).read()).toBe('xprop is not installed.')
    const noDisplay = commandError('Command failed', { code: 1, detail: "xprop:  unable to open display ''" })
    expect(await reader({ [ROOT]: noDisplay }).read()).toBe("xprop failed: xprop:  unable to open display ''")
    const badWindow = commandError('Command failed', { code: 1, detail: 'X Error of failed request:  BadWindow' })
    expect(await reader({ [ROOT]: fixture('xprop-root-active.txt'), [WINDOW]: badWindow }).read()).toBe(
      'xprop failed: X Error of failed request:  BadWindow',
    )
    expect(await reader({ [ROOT]: fixture('xprop-root-active.txt'), [WINDOW]: 'garbage' }).read()).toBe(
      'xprop described the window in front in a form Unknot does not understand.',
    )
  })

  it('is unknown on Wayland, without a display and off Linux, saying why, without running xprop', async () => {
    const answers = { [ROOT]: fixture('xprop-root-active.txt'), [WINDOW]: fixture('xprop-window-fullscreen.txt') }
    const cases: Array<[Partial<X11PresentingDeps>, string]> = [
      [
        { env: { DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0', XDG_SESSION_TYPE: 'wayland' } },
        'Wayland keeps other programs’ windows private, so Unknot cannot see a fullscreen one.',
      ],
      [{ env: { XDG_SESSION_TYPE: 'tty' } }, 'There is no X display to ask which window is in front.'],
      [
        { platform: 'win32' },
        'On Windows, telling which window is fullscreen needs native code, which Unknot does not ship.',
      ],
      [
        { platform: 'darwin' },
        'On macOS, telling which window is fullscreen needs native code or Accessibility access, which Unknot does not use.',
      ],
      [{ platform: 'freebsd' }, 'Unknot cannot see other programs’ windows on freebsd.'],
    ]
    for (const [overrides, why] of cases) {
      const { read, calls } = reader(answers, overrides)
      expect(await read()).toBe(why)
      expect(calls).toEqual([])
    }
  })

  it('is unknown, never a rejection, when asking about our own processes throws', async () => {
    const { read } = reader(
      { [ROOT]: fixture('xprop-root-active.txt'), [WINDOW]: fixture('xprop-window-fullscreen.txt') },
      {
        ownPids: () => {
          throw new Error('app metrics unavailable')
        },
      },
    )
    expect(await read()).toBe('The fullscreen check failed: Error: app metrics unavailable')
  })

  it('is unknown when xprop hangs past the timeout', async () => {
    vi.useFakeTimers()
    const { read } = reader({ [ROOT]: fixture('xprop-root-active.txt') }, { timeoutMs: 3_000 })
    const answer = read()
    await vi.advanceTimersByTimeAsync(3_000)
    expect(await answer).toBe('The fullscreen check gave no answer in 3 s.')
  })
})
