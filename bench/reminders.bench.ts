import { setImmediate } from 'node:timers/promises'
import { test, vi } from 'vitest'
import { HOUR_MS, MINUTE_MS } from '../src/shared/kernel/time'
import { setupHostWatches } from '../src/main/setup-host-watches'
import { setupTrayAndAlerts } from '../src/main/setup-tray-and-alerts'
import { companionOn, CountingClock, linuxTrayDeps, offlineCalendar } from '../tests/main/test-companion'
import { app, powerMonitor, resetFakeElectron } from '../tests/main/fake-electron'
import { cpuMs, record } from './record'

// The desktop host's own pieces (its tray and alerts, its watches of idle, calls and calendars) on the recording fake of 'electron'.
vi.mock('electron', () => import('../tests/main/fake-electron'))

/** Whether the person gave input in the second ending at `t` (ms of simulated time). */
type Input = (t: number) => boolean

/** How the person answers a prompt: the break with its two-minute routine, or by walking away for six minutes. */
type Answer = 'routine' | 'walk-away'

/**
 * The desktop host as index.ts composes it (companion reading before prompts, idle watch, tray and alerts), on a
 * clock that counts every timer that fires: each is a wake-up of the main process. Breaks are taken when prompted.
 */
async function simulate(input: Input, hours: number, answer: Answer = 'walk-away') {
  resetFakeElectron()
  // The tray exists only once the app is ready, as in Electron.
  await app.whenReady()
  const clock = new CountingClock(Date.parse('2026-11-25T09:00:00Z'))
  let lastInput = 0
  let checked = 0
  let walkedUntil = 0
  vi.spyOn(powerMonitor, 'getSystemIdleTime').mockImplementation(() => {
    for (let t = checked + 1000; t <= clock.monotonic(); t += 1000) if (t >= walkedUntil && input(t)) lastInput = t
    checked = clock.monotonic()
    return Math.floor((clock.monotonic() - lastInput) / 1000)
  })
  const companion = companionOn(clock)
  let snapshots = 0
  companion.subscribe(() => snapshots++)
  companion.onEvent(({ domain, event }) => {
    if (domain === 'reminders' && event.type === 'break-due') {
      if (answer === 'routine') clock.setTimeout(() => companion.dispatch({ type: 'startBreak' }), 0)
      else walkedUntil = clock.monotonic() + 6 * MINUTE_MS
    }
  })
  setupTrayAndAlerts(linuxTrayDeps(companion, clock))
  const stop = setupHostWatches({ companion, time: clock, timeZone: () => 'Europe/London', ...offlineCalendar() })
  const cpu = cpuMs(() => clock.advance(hours * HOUR_MS))
  stop()
  vi.restoreAllMocks()
  return { wakes: clock.fired / hours, cpuPerHour: cpu / hours, snapshotsPerHour: snapshots / hours }
}

/**
 * Typing in front of a fullscreen window: the call and presenting detectors (fakes that answer at once) are asked
 * at each reading that needs them, and answer on a later turn, as a process does; time moves in 10-second steps so
 * those turns can run. Every timer that fires is counted, as above.
 */
async function simulatePresenting(hours: number) {
  resetFakeElectron()
  await app.whenReady()
  const clock = new CountingClock(Date.parse('2026-11-25T09:00:00Z'))
  vi.spyOn(powerMonitor, 'getSystemIdleTime').mockReturnValue(0)
  const companion = companionOn(clock)
  setupTrayAndAlerts(linuxTrayDeps(companion, clock))
  let asked = 0
  const stop = setupHostWatches({
    companion,
    time: clock,
    timeZone: () => 'Europe/London',
    readCall: async () => false,
    readPresenting: async () => {
      asked++
      return true
    },
    ...offlineCalendar(),
  })
  for (let done = 0; done < hours * HOUR_MS; done += 10_000) {
    clock.advance(10_000)
    await setImmediate()
  }
  stop()
  vi.restoreAllMocks()
  return { wakes: clock.fired / hours, asked: asked / hours }
}

test('reminder host over simulated working hours', async () => {
  // typing: input every second but for a pause of a few seconds now and then
  const typing: Input = (t) => Math.floor(t / 10_000) % 7 !== 3
  const reading: Input = (t) => t % MINUTE_MS === 0
  const working = await simulate(typing, 9)
  const reader = await simulate(reading, 9)
  const withRoutines = await simulate(typing, 9, 'routine')
  const away = await simulate(() => false, 9)
  const presenting = await simulatePresenting(9)
  record('reminders', [
    {
      group: 'core',
      name: 'host wake-ups per working hour, typing (idle readings, prompts, tray; breaks walked away)',
      value: working.wakes,
      unit: '/h',
      budget: '≤ 20 /h',
    },
    {
      group: 'core',
      name: 'host wake-ups per working hour, reading (one input a minute)',
      value: reader.wakes,
      unit: '/h',
      budget: '≤ 20 /h',
    },
    {
      group: 'core',
      name: 'host wake-ups per working hour, typing, each break a 2-minute routine (its cues included)',
      value: withRoutines.wakes,
      unit: '/h',
    },
    { group: 'core', name: 'host wake-ups per hour, away', value: away.wakes, unit: '/h', budget: '≤ 60 /h' },
    {
      group: 'core',
      name: 'host wake-ups per hour, presenting (fullscreen in front, typing; detectors asked at each reading)',
      value: presenting.wakes,
      unit: '/h',
    },
    {
      group: 'core',
      name: 'CPU time per simulated hour, working',
      value: working.cpuPerHour,
      unit: 'ms',
      budget: '< 40 ms',
    },
    {
      group: 'core',
      name: 'CPU time per simulated hour, away',
      value: away.cpuPerHour,
      unit: 'ms',
      budget: '< 16 ms',
    },
    {
      group: 'core',
      name: 'snapshots published per hour, working',
      value: working.snapshotsPerHour,
      unit: '/h',
      budget: '≤ 120 /h',
    },
  ])
})
