import { describe, expect, it } from 'vitest'
import { nextLocalMidnight, remindToday, restoreReminders, type ReminderState } from '../../../src/shared/reminders'
import { MINUTE_MS } from '../../../src/shared/kernel/time'
import { ReminderHarness } from './harness'

describe('outside working hours, the view says when reminders start again', () => {
  it('names the next working start: Monday 09:00 on a Saturday evening', () => {
    const h = new ReminderHarness('2026-11-28T20:00:00Z') // Saturday, London
    expect(h.view().status).toBe('outside-hours')
    expect(h.view().resumesAtWall).toBe(Date.parse('2026-11-30T09:00:00Z'))
  })

  it('names none inside working hours, nor when no working day is set', () => {
    expect(new ReminderHarness('2026-11-25T10:00:00Z').view().resumesAtWall).toBeNull()
    const none = new ReminderHarness('2026-11-28T20:00:00Z', { workingHours: { days: [] } })
    expect(none.view().status).toBe('outside-hours')
    expect(none.view().resumesAtWall).toBeNull()
  })
})

describe('"remind me now anyway"', () => {
  it('makes sitting count and prompts come outside working hours, until local midnight', () => {
    const h = new ReminderHarness('2026-11-28T20:00:00Z') // Saturday
    h.minutes(40)
    expect(h.dues()).toBe(0)
    h.run(remindToday, {})
    expect(h.state.remindTodayUntilWall).toBe(Date.parse('2026-11-29T00:00:00Z'))
    expect(h.view().status).toBe('working')
    h.minutes(30)
    expect(h.dues()).toBe(1)
  })

  it('ends at midnight: the sitting after it does not count and the status says outside hours', () => {
    // No prompt is raised (none is enabled), so the counters show what counted
    const h = new ReminderHarness('2026-11-28T23:00:00Z', { stretch: { enabled: false } }) // Saturday 23:00
    h.run(remindToday, {})
    h.minutes(20) // to 23:20
    expect(h.state.activeMs.stretch).toBe(20 * MINUTE_MS)
    h.minutes(60) // to Sunday 00:20
    expect(h.state.activeMs.stretch).toBeGreaterThanOrEqual(60 * MINUTE_MS - 10_000)
    expect(h.state.activeMs.stretch).toBeLessThanOrEqual(60 * MINUTE_MS)
    h.minutes(60)
    expect(h.state.activeMs.stretch).toBeLessThanOrEqual(60 * MINUTE_MS)
    expect(h.view().status).toBe('outside-hours')
    expect(h.view().resumesAtWall).toBe(Date.parse('2026-11-30T09:00:00Z'))
  })

  it('wakes the core at midnight so the change shows without any input', () => {
    const h = new ReminderHarness('2026-11-28T23:30:00Z')
    h.run(remindToday, {})
    h.minutes(29)
    expect(h.state.remindTodayUntilWall! - h.wall).toBe(MINUTE_MS)
  })

  it('is refused inside working hours, and when reminders already run outside them', () => {
    const working = new ReminderHarness('2026-11-25T10:00:00Z')
    expect(working.attempt(remindToday, {})).toMatchObject({ ok: false, error: 'Reminders are already on now.' })
    const always = new ReminderHarness('2026-11-28T20:00:00Z', { workingHours: { remindOutside: true } })
    expect(always.attempt(remindToday, {}).ok).toBe(false)
  })

  it('survives a restart on the same day and is dropped after midnight', () => {
    const h = new ReminderHarness('2026-11-28T20:00:00Z')
    h.run(remindToday, {})
    const saved = h.state
    expect(restoreReminders(saved, { wall: Date.parse('2026-11-28T22:00:00Z'), mono: 0 }).remindTodayUntilWall).toBe(
      Date.parse('2026-11-29T00:00:00Z'),
    )
    expect(restoreReminders(saved, { wall: Date.parse('2026-11-29T08:00:00Z'), mono: 0 }).remindTodayUntilWall).toBe(
      null,
    )
    const older = { ...saved } as Partial<ReminderState>
    delete older.remindTodayUntilWall
    expect(restoreReminders(older as ReminderState, { wall: saved.history.length, mono: 0 }).remindTodayUntilWall).toBe(
      null,
    )
  })
})

describe('the next local midnight', () => {
  it('is the start of the next local day in the person time zone', () => {
    expect(nextLocalMidnight(Date.parse('2026-11-28T20:00:00Z'), 'Europe/London')).toBe(
      Date.parse('2026-11-29T00:00:00Z'),
    )
    // 20:00 in New York is 01:00 UTC the next day; its midnight is 05:00 UTC
    expect(nextLocalMidnight(Date.parse('2026-11-29T01:00:00Z'), 'America/New_York')).toBe(
      Date.parse('2026-11-29T05:00:00Z'),
    )
    expect(nextLocalMidnight(Date.parse('2026-11-28T23:59:30Z'), 'UTC')).toBe(Date.parse('2026-11-29T00:00:00Z'))
  })

  it('holds across a DST change on the way (Europe/Berlin, 29 March and 25 October 2026)', () => {
    // Saturday 28 March 20:00 CET; the clocks go forward at 02:00 on Sunday, after midnight: midnight is CET
    expect(nextLocalMidnight(Date.parse('2026-03-28T19:00:00Z'), 'Europe/Berlin')).toBe(
      Date.parse('2026-03-28T23:00:00Z'),
    )
    // Sunday 29 March 00:30 CET: the day is 23 hours long, so its end is 22:00 UTC (midnight CEST)
    expect(nextLocalMidnight(Date.parse('2026-03-28T23:30:00Z'), 'Europe/Berlin')).toBe(
      Date.parse('2026-03-29T22:00:00Z'),
    )
    // Sunday 25 October 00:30 CEST: a 25-hour day that ends at 23:00 UTC (midnight CET)
    expect(nextLocalMidnight(Date.parse('2026-10-24T22:30:00Z'), 'Europe/Berlin')).toBe(
      Date.parse('2026-10-25T23:00:00Z'),
    )
  })

  it('"remind me now anyway" on a DST day ends at that day\'s local midnight', () => {
    const h = new ReminderHarness('2026-03-29T17:00:00Z', { stretch: { enabled: false } }, 'Europe/Berlin') // 19:00 CEST
    h.run(remindToday, {})
    expect(h.state.remindTodayUntilWall).toBe(Date.parse('2026-03-29T22:00:00Z'))
    h.minutes(6 * 60) // to Monday 01:00
    expect(h.view().status).toBe('outside-hours')
    // The five hours to midnight counted (less a reading's worth at the boundary), nothing after
    expect(h.state.activeMs.stretch).toBeGreaterThanOrEqual(5 * 60 * MINUTE_MS - 10_000)
    expect(h.state.activeMs.stretch).toBeLessThanOrEqual(5 * 60 * MINUTE_MS)
  })
})
