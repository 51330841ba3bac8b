import { setImmediate as turn } from 'node:timers/promises'
import { beforeEach, describe, expect, it } from 'vitest'
import { app, Notification } from './fake-electron'
import { desktopPresentingReader, setupHostWatches } from '../../src/main/setup-host-watches'
import { setupTrayAndAlerts } from '../../src/main/setup-tray-and-alerts'
import { MINUTE_MS } from '../../src/shared/kernel/time'
import { companionOn, CountingClock, lastTray, linuxTrayDeps, offlineCalendar } from './test-companion'
import { english, fakeRunner, fixture } from './call-detection/fake-runner'

beforeEach(() => app.whenReady())

const ROOT = 'xprop -root _NET_ACTIVE_WINDOW'
const WINDOW = 'xprop -id 0x3a00007 _NET_WM_STATE _NET_WM_PID'

/** An X11 desktop whose window in front is fullscreen while `screen.presenting` says so, as xprop reports it. */
function x11Screen() {
  const screen = { presenting: false, asked: 0 }
  const answers = {
    [ROOT]: fixture('xprop-root-active.txt'),
    get [WINDOW]() {
      screen.asked++
      return fixture(screen.presenting ? 'xprop-window-fullscreen.txt' : 'xprop-window-maximized.txt')
    },
  }
  return { screen, run: fakeRunner(answers) }
}

/** The desktop host as index.ts composes it, with its presenting detector on `system`; the person types. */
function desktop(system: Parameters<typeof desktopPresentingReader>[1]) {
  const clock = new CountingClock(Date.parse('2026-11-25T09:00:00Z'))
  const companion = companionOn(clock)
  setupTrayAndAlerts(linuxTrayDeps(companion, clock))
  setupHostWatches({
    companion,
    time: clock,
    timeZone: () => 'Europe/London',
    readPresenting: desktopPresentingReader(companion, system),
    ...offlineCalendar(),
  })
  // Simulated time in ten-second steps; the detector answers on later turns of the event loop, as a process does.
  const run = async (ms: number) => {
    for (let done = 0; done < ms; done += 10_000) {
      clock.advance(10_000)
      await turn()
    }
  }
  return { clock, companion, run }
}

const titles = () => Notification.instances.map((n) => n.options.title)

describe('presenting on a Linux X11 desktop', () => {
  it('holds the due break while a fullscreen window is in front, then says the presentation ended', async () => {
    const { screen, run: xprop } = x11Screen()
    const { clock, companion, run } = desktop({ platform: 'linux', env: { DISPLAY: ':0' }, run: xprop })
    await run(10 * MINUTE_MS)
    // nothing needs the detector before a prompt is due
    expect(screen.asked).toBe(0)
    screen.presenting = true
    await run(25 * MINUTE_MS)
    expect(titles()).toEqual([])
    const view = companion.getSnapshot()
    expect(view.reminders.status).toBe('presenting')
    expect(view.host.detectors.presenting).toEqual({ status: 'ok' })
    expect(lastTray().tooltip).toBe('Unknot: presenting — your break comes when you stop')
    // while presenting: read (and asked) about once a minute, not more
    const [firedBefore, askedBefore] = [clock.fired, screen.asked]
    await run(20 * MINUTE_MS)
    expect(clock.fired - firedBefore).toBeGreaterThanOrEqual(18)
    expect(clock.fired - firedBefore).toBeLessThanOrEqual(22)
    expect(screen.asked - askedBefore).toBe(clock.fired - firedBefore)
    expect(titles()).toEqual([])
    screen.presenting = false
    const stopped = clock.now()
    await run(MINUTE_MS)
    expect(titles()).toEqual(['You stopped presenting: time to stand up'])
    const prompt = companion.getSnapshot().reminders.prompt
    expect(prompt?.after).toBe('presenting')
    expect(prompt!.sinceWall - stopped).toBeLessThanOrEqual(MINUTE_MS)
    // sitting counted through it
    expect(companion.getSnapshot().reminders.today.activeMinutes).toBeGreaterThanOrEqual(55)
  })

  it('without xprop says why in Settings, and prompts as if nothing were in front', async () => {
    const missing = Object.assign(new Error('spawn xprop ENOENT'), { code: 'ENOENT' })
    const { companion, run } = desktop({
      platform: 'linux',
      env: { DISPLAY: ':0' },
      run: () => Promise.reject(missing),
    })
    await run(31 * MINUTE_MS)
    const snapshot = companion.getSnapshot()
    expect(snapshot.reminders.status).toBe('due')
    expect(snapshot.host.detectors.presenting?.status).toBe('unknown')
    expect(english(snapshot.host.detectors.presenting!.reason!)).toBe('xprop is not installed.')
  })

  it('on Wayland says why, without running xprop', async () => {
    const xprop = fakeRunner({})
    const { companion, run } = desktop({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, run: xprop })
    await run(31 * MINUTE_MS)
    const health = companion.getSnapshot().host.detectors.presenting
    expect(health?.status).toBe('unknown')
    expect(english(health!.reason!)).toBe(
      'Wayland keeps other programs’ windows private, so Unknot cannot see a fullscreen one.',
    )
    expect(xprop.calls).toEqual([])
  })
})

describe.each([
  ['win32', 'On Windows, telling which window is fullscreen needs native code, which Unknot does not ship.'],
  [
    'darwin',
    'On macOS, telling which window is fullscreen needs native code or Accessibility access, which Unknot does not use.',
  ],
] as const)('presenting on %s', (platform, why) => {
  it('is unknown, says why, runs nothing, and the break comes on time', async () => {
    const xprop = fakeRunner({})
    const { clock, companion, run } = desktop({ platform, env: { DISPLAY: ':0' }, run: xprop })
    await run(31 * MINUTE_MS)
    const snapshot = companion.getSnapshot()
    expect(snapshot.reminders.status).toBe('due')
    expect(snapshot.reminders.prompt?.after).toBeNull()
    expect(titles()).toEqual(['Time for a stretch break'])
    const health = snapshot.host.detectors.presenting
    expect(health?.status).toBe('unknown')
    expect(health?.reason && english(health.reason)).toBe(why)
    expect(xprop.calls).toEqual([])
    // no extra wake-ups for a detector that cannot tell
    expect(clock.fired).toBeLessThanOrEqual(12)
  })
})
