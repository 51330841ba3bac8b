import { afterEach, describe, expect, it, vi } from 'vitest'
import { createX11PresentingReader, type X11PresentingDeps } from '../../../src/main/call-detection/presenting-x11'
import { commandError, fakeRunner, fixture, notInstalled, type Answer } from './fake-runner'

const ROOT = 'xprop -root _NET_ACTIVE_WINDOW'
const WINDOW = 'xprop -id 0x3a00007 _NET_WM_STATE _NET_WM_PID'
const X11 = { DISPLAY: ':0', XDG_SESSION_TYPE: 'x11' }

function reader(answers: Record<string, Answer>, overrides: Partial<X11PresentingDeps> = {}) {
  const run = fakeRunner(answers)
  const read = createX11PresentingReader({ platform: 'linux', env: X11, ownPids: () => [777], run, ...overrides })
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
    expect(await reader({ [ROOT]: fixture('xprop-root-not-found.txt') }).read()).toBe('unknown')
  })

  it('is unknown without xprop, without a display, or when the window vanished meanwhile', async () => {
    expect(await reader({ [ROOT]: notInstalled('xprop') }).read()).toBe('unknown')
    const noDisplay = commandError('Command failed', { code: 1, detail: "xprop:  unable to open display ''" })
    expect(await reader({ [ROOT]: noDisplay }).read()).toBe('unknown')
    const badWindow = commandError('Command failed', { code: 1, detail: 'X Error of failed request:  BadWindow' })
    expect(await reader({ [ROOT]: fixture('xprop-root-active.txt'), [WINDOW]: badWindow }).read()).toBe('unknown')
    expect(await reader({ [ROOT]: fixture('xprop-root-active.txt'), [WINDOW]: 'garbage' }).read()).toBe('unknown')
  })

  it('is unknown on Wayland and off Linux, without running xprop', async () => {
    const answers = { [ROOT]: fixture('xprop-root-active.txt'), [WINDOW]: fixture('xprop-window-fullscreen.txt') }
    const wayland = reader(answers, {
      env: { DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0', XDG_SESSION_TYPE: 'wayland' },
    })
    expect(await wayland.read()).toBe('unknown')
    expect(wayland.calls).toEqual([])
    const windows = reader(answers, { platform: 'win32' })
    expect(await windows.read()).toBe('unknown')
    expect(windows.calls).toEqual([])
  })

  it('is unknown when xprop hangs past the timeout', async () => {
    vi.useFakeTimers()
    const { read } = reader({ [ROOT]: fixture('xprop-root-active.txt') }, { timeoutMs: 3_000 })
    const answer = read()
    await vi.advanceTimersByTimeAsync(3_000)
    expect(await answer).toBe('unknown')
  })
})
