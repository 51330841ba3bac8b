import { test } from 'vitest'
import { HOUR_MS, ManualClock, type TimerHandle } from '../src/shared/time'
import { companionOn } from './companion-on'
import { cpuMs, record } from './record'

/** A ManualClock that counts how many timers actually fired: every wake-up of the host. */
class CountingClock extends ManualClock {
  fired = 0
  override setTimeout(callback: () => void, delayMs: number): TimerHandle {
    return super.setTimeout(() => {
      this.fired++
      callback()
    }, delayMs)
  }
}

/** The desktop host's loop on a fake clock: idle read every 10 s, the companion's one timer, breaks taken. */
function simulateDay(idleSecondsAt: (elapsedMs: number) => number, hours: number) {
  const clock = new CountingClock(Date.parse('2026-11-25T09:00:00Z'))
  const companion = companionOn(clock)
  let snapshots = 0
  companion.subscribe(() => snapshots++)
  companion.onEvent(({ domain, event }) => {
    if (domain === 'reminders' && event.type === 'break-due') {
      clock.setTimeout(() => companion.dispatch({ type: 'startBreak' }), 0)
    }
  })
  const start = clock.monotonic()
  const poll = () => {
    companion.observe({ type: 'idle', seconds: idleSecondsAt(clock.monotonic() - start) })
    clock.setTimeout(poll, 10_000)
  }
  poll()
  const cpu = cpuMs(() => clock.advance(hours * HOUR_MS))
  return { wakes: clock.fired / hours, cpuPerHour: cpu / hours, snapshotsPerHour: snapshots / hours }
}

test('reminder core over a simulated working day', () => {
  const typing = (elapsed: number) => (Math.floor(elapsed / 10_000) % 7 === 3 ? 8 : 0)
  const active = simulateDay(typing, 9)
  const away = simulateDay((elapsed) => Math.floor(elapsed / 1000), 9)
  record('reminders', [
    {
      group: 'core',
      name: 'timer wake-ups per hour, working (idle poll 10 s + due instants)',
      value: active.wakes,
      unit: '/h',
      budget: '≤ 400 /h',
    },
    { group: 'core', name: 'timer wake-ups per hour, away', value: away.wakes, unit: '/h', budget: '≤ 400 /h' },
    {
      group: 'core',
      name: 'CPU time per simulated hour, working',
      value: active.cpuPerHour,
      unit: 'ms',
      budget: '< 100 ms',
    },
    {
      group: 'core',
      name: 'CPU time per simulated hour, away',
      value: away.cpuPerHour,
      unit: 'ms',
      budget: '< 100 ms',
    },
    {
      group: 'core',
      name: 'snapshots published per hour, working',
      value: active.snapshotsPerHour,
      unit: '/h',
      budget: '≤ 120 /h',
    },
  ])
})
