import { describe, expect, it } from 'vitest'
import { pauseReminders, startBreak, startMeeting } from '../../../src/shared/reminders'
import { HOUR_MS, MINUTE_MS } from '../../../src/shared/kernel/time'
import { idleBetween, ReminderHarness } from './harness'

describe('working hours', () => {
  it('counts nothing and prompts nothing on a weekend', () => {
    const h = new ReminderHarness('2026-11-28T10:00:00Z') // Saturday
    h.minutes(120)
    expect(h.dues()).toBe(0)
    expect(h.view().status).toBe('outside-hours')
  })

  it('counts nothing after hours, and starts counting when the next working day begins', () => {
    const h = new ReminderHarness('2026-11-25T17:45:00Z') // Wednesday 17:45 in London
    h.minutes(45) // 15 minutes inside hours, 30 outside
    expect(h.dues()).toBe(0)
    // the reading at 18:00 itself is outside hours, so the last reading's worth may not count
    expect(h.state.activeMs.stretch).toBeGreaterThanOrEqual(15 * MINUTE_MS - 10_000)
    expect(h.state.activeMs.stretch).toBeLessThanOrEqual(15 * MINUTE_MS)
  })

  it('reminds outside hours when asked to', () => {
    const h = new ReminderHarness('2026-11-28T10:00:00Z', { workingHours: { remindOutside: true } })
    h.minutes(30)
    expect(h.dues()).toBe(1)
  })
})

describe('pause until tomorrow', () => {
  it('runs across midnight to the start of the next working day', () => {
    const h = new ReminderHarness('2026-11-24T17:30:00Z') // Tuesday
    h.run(pauseReminders, { for: 'tomorrow' })
    expect(h.view().pause).toEqual({ untilWall: Date.parse('2026-11-25T09:00:00Z') })
    h.minutes(15.5 * 60) // to Wednesday 09:00
    expect(h.events.at(-1)).toEqual({ type: 'pause-ended' })
    h.minutes(30)
    expect(h.dues()).toBe(1)
  })

  it('runs across a weekend from Friday to Monday', () => {
    const h = new ReminderHarness('2026-11-27T16:00:00Z') // Friday
    h.run(pauseReminders, { for: 'tomorrow' })
    expect(h.view().pause).toEqual({ untilWall: Date.parse('2026-11-30T09:00:00Z') })
  })

  it('follows the local clock across a DST change (Europe/Berlin, 29 March 2026)', () => {
    const h = new ReminderHarness('2026-03-27T16:00:00Z', {}, 'Europe/Berlin') // Friday 17:00 CET
    h.run(pauseReminders, { for: 'tomorrow' })
    // Monday 09:00 is CEST (UTC+2) after the change, so 07:00 UTC, not 08:00
    expect(h.view().pause).toEqual({ untilWall: Date.parse('2026-03-30T07:00:00Z') })
  })
})

describe('sleep, lock and clock changes', () => {
  it('by default counts a long enough sleep as a natural break, even across the due time', () => {
    const h = new ReminderHarness('2026-11-25T10:00:00Z')
    h.minutes(25)
    h.away(20 * MINUTE_MS)
    h.minutes(10)
    expect(h.dues()).toBe(0)
    expect(h.state.history).toEqual([expect.objectContaining({ kind: 'stretch', outcome: 'natural' })])
  })

  it('with keep-counting, a due time passed while asleep gives exactly one prompt after resume', () => {
    const h = new ReminderHarness('2026-11-25T10:00:00Z', { onSleepOrLock: 'keep-counting' })
    h.minutes(25)
    h.away(20 * MINUTE_MS)
    expect(h.dues()).toBe(1)
    h.minutes(15)
    expect(h.dues()).toBe(1)
  })

  it('with pause, a short lock just stops the clock and the break comes after the remaining work', () => {
    const h = new ReminderHarness('2026-11-25T10:00:00Z', { onSleepOrLock: 'pause' })
    h.minutes(25)
    h.away(20 * MINUTE_MS, 'lock')
    expect(h.dues()).toBe(0)
    h.minutes(5)
    expect(h.dues()).toBe(1)
  })

  it('a sleep shorter than the break is neither a break nor work', () => {
    const h = new ReminderHarness('2026-11-25T10:00:00Z')
    h.minutes(25)
    h.away(MINUTE_MS)
    h.minutes(5)
    expect(h.dues()).toBe(1)
  })

  it.each([
    ['set back', -HOUR_MS],
    ['set forward', HOUR_MS],
  ])('a wall clock %s by an hour neither doubles nor loses a reminder', (_name, jump) => {
    const h = new ReminderHarness('2026-11-25T11:00:00Z')
    h.minutes(20)
    h.jumpWall(jump)
    h.minutes(10)
    expect(h.dues()).toBe(1)
    h.minutes(30)
    expect(h.dues()).toBe(1)
  })

  it('a clock set back during sleep is not read as a negative or huge break', () => {
    const h = new ReminderHarness('2026-11-25T11:00:00Z')
    h.minutes(25)
    h.away(-2 * HOUR_MS)
    h.minutes(5)
    expect(h.dues()).toBe(1)
  })

  it('counts work straight through a DST change in a named zone', () => {
    // Berlin, Sunday 29 March 2026: 02:00 becomes 03:00. Two hours of work across it (reminding anyway).
    const h = new ReminderHarness('2026-03-29T00:00:00Z', { workingHours: { remindOutside: true } }, 'Europe/Berlin')
    h.minutes(120, undefined, (harness) => harness.run(startBreak, {}))
    // each cycle is 30 minutes of work and a 3-minute break: due at 30, 63, 96 minutes
    expect(h.dues()).toBe(3)
  })
})

describe('a simulated working day', () => {
  it('gives the expected breaks for a realistic pattern of work, lunch and a meeting', () => {
    // Wednesday, London. Work from 09:00, taking each break when prompted (3 minutes). Short pauses in typing
    // (up to 8 s) change nothing. Lunch 12:30–13:30 is one long idle spell. A meeting 15:00–16:00 holds prompts.
    const h = new ReminderHarness('2026-11-25T09:00:00Z')
    const takeIt = (harness: ReminderHarness) => harness.run(startBreak, {})
    const typingPauses = (elapsed: number) => (Math.floor(elapsed / 10_000) % 7 === 3 ? 8 : 0)
    h.minutes(210, typingPauses, takeIt) // to 12:30
    h.minutes(60, idleBetween(0, 60 * MINUTE_MS)) // lunch
    h.minutes(90, typingPauses, takeIt) // 13:30 to 15:00
    h.run(startMeeting, { minutes: 60 })
    h.minutes(60) // the meeting: the break falling due at 15:06 waits for 16:00
    expect(h.view().status).toBe('due')
    takeIt(h)
    h.minutes(120, typingPauses, takeIt) // 16:00 to 18:00
    // By hand: prompts at 09:30, 10:03, 10:36, 11:09, 11:42, 12:15, 14:00, 14:33, 16:00, 16:33, 17:06, 17:39.
    // Compared to the nearest minute: idle readings come every 10 s, so a return is seen up to 10 s late.
    const dueTimes = h.state.history
      .filter((entry) => entry.outcome === 'taken')
      .map((entry) => new Date(Math.round(entry.atWall / MINUTE_MS) * MINUTE_MS).toISOString().slice(11, 16))
    expect(dueTimes).toEqual([
      '09:30',
      '10:03',
      '10:36',
      '11:09',
      '11:42',
      '12:15',
      '14:00',
      '14:33',
      '16:00',
      '16:33',
      '17:06',
      '17:39',
    ])
    expect(h.view().today).toMatchObject({ taken: 12, natural: 1, skipped: 0 })
  })
})
