import { describe, expect, it } from 'vitest'
import { reminderView } from '../../../src/shared/reminders'
import { MINUTE_MS } from '../../../src/shared/kernel/time'
import { idleBetween, ReminderHarness } from './harness'

// Wednesday 25 November 2026, 10:00 in London: inside the default working hours.
const WEDNESDAY = '2026-11-25T10:00:00Z'

describe('active-work accounting', () => {
  it('makes a stretch break due after 30 minutes of sitting, exactly once', () => {
    const h = new ReminderHarness(WEDNESDAY)
    h.minutes(30)
    expect(h.dues()).toBe(1)
    expect(h.view().status).toBe('due')
    h.minutes(20)
    expect(h.dues()).toBe(1)
  })

  it('is not due at 29:59', () => {
    const h = new ReminderHarness(WEDNESDAY)
    h.pass(30 * MINUTE_MS - 1000)
    expect(h.dues()).toBe(0)
    expect(h.view().next).toEqual({ kind: 'stretch', msUntilDue: 1000 })
    h.pass(1000)
    expect(h.dues()).toBe(1)
  })

  it('counts idle at least as long as the away threshold as a natural break, and starts counting again', () => {
    const h = new ReminderHarness(WEDNESDAY)
    h.minutes(20)
    h.minutes(6, idleBetween(0, 6 * MINUTE_MS))
    // away from the last input on: none of the six minutes is sitting, and the break resets the counter
    expect(h.state.activeMs.stretch).toBeLessThanOrEqual(10_000)
    expect(h.state.history).toEqual([{ kind: 'stretch', outcome: 'natural', atWall: expect.any(Number) }])
    h.minutes(29)
    expect(h.dues()).toBe(0)
    h.minutes(1)
    expect(h.dues()).toBe(1)
  })

  it('counts idle shorter than the away threshold as sitting (reading, thinking), not as a break', () => {
    const h = new ReminderHarness(WEDNESDAY)
    h.minutes(20)
    h.minutes(4, idleBetween(0, 4 * MINUTE_MS))
    expect(h.state.history).toEqual([])
    expect(h.state.activeMs.stretch).toBeGreaterThanOrEqual(24 * MINUTE_MS - 10_000)
    h.minutes(6)
    expect(h.dues()).toBe(1)
  })

  it('lets a longer break absorb a shorter one falling due within five minutes', () => {
    const h = new ReminderHarness(WEDNESDAY, { micro: { enabled: true, everyMinutes: 28 } })
    h.minutes(28)
    expect(h.events.filter((event) => event.type === 'break-due')).toEqual([
      { type: 'break-due', kind: 'stretch', snoozesInARow: 0 },
    ])
  })

  it('prompts a micro-break on its own when no longer break is near', () => {
    const h = new ReminderHarness(WEDNESDAY, { micro: { enabled: true } })
    h.minutes(10)
    expect(h.dues('micro')).toBe(1)
    expect(h.dues('stretch')).toBe(0)
  })
})

describe("today's figures", () => {
  it('include the work since the last reading, like the countdown does', () => {
    const h = new ReminderHarness(WEDNESDAY)
    h.pass(4 * MINUTE_MS + 50_000) // the last reading counted 4:50
    const between = { wall: h.wall + 15_000, mono: h.mono + 15_000 } // 5:05, before the next reading
    const today = reminderView(h.state, between, h.ctx).today
    expect(today.activeMinutes).toBe(5)
    expect(today.longestStretchMinutes).toBe(5)
  })
})
