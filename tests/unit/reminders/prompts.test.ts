import { describe, expect, it } from 'vitest'
import {
  endMeeting,
  pauseReminders,
  resumeReminders,
  setFullscreen,
  skipBreak,
  snoozeBreak,
  startBreak,
  startMeeting,
} from '../../../src/shared/reminders'
import { HISTORY_DAYS } from '../../../src/shared/reminders'
import { ReminderHarness } from './harness'

const WEDNESDAY = '2026-11-25T10:00:00Z'

describe('answering a break prompt', () => {
  it('Start takes the break: recorded, the counters reset, and the break ends after its length', () => {
    const h = new ReminderHarness(WEDNESDAY)
    h.minutes(30)
    h.run(startBreak, {})
    expect(h.view().status).toBe('on-break')
    expect(h.state.history.at(-1)).toMatchObject({ kind: 'stretch', outcome: 'taken' })
    h.minutes(3)
    expect(h.events.at(-1)).toEqual({ type: 'break-finished', kind: 'stretch' })
    expect(h.view().status).toBe('working')
    expect(h.view().today.taken).toBe(1)
  })

  it('Snooze puts it off: gone now, due again after exactly the snooze', () => {
    const h = new ReminderHarness(WEDNESDAY)
    h.minutes(30)
    h.run(snoozeBreak, { minutes: 10 })
    expect(h.view().prompt).toBeNull()
    h.pass(10 * 60_000 - 1000)
    expect(h.dues()).toBe(1)
    h.pass(1000)
    expect(h.dues()).toBe(2)
    expect(h.view().today.snoozed).toBe(1)
  })

  it('snoozes only for a length the person chose: another is refused, plainly, and the prompt stays', () => {
    const h = new ReminderHarness(WEDNESDAY, { snoozeOptions: [30, 15] })
    h.minutes(30)
    const before = h.state
    expect(h.attempt(snoozeBreak, { minutes: 10 })).toEqual({
      ok: false,
      error: 'A 10-minute snooze is not one of your snooze lengths (15, 30 minutes). Change them in Settings.',
      message: {
        text: 'A {{minutes}}-minute snooze is not one of your snooze lengths ({{lengths}} minutes). Change them in Settings.',
        values: { minutes: 10, lengths: '15, 30' },
      },
    })
    expect(h.state).toBe(before)
    expect(h.view().prompt).toMatchObject({ kind: 'stretch', snoozeOptions: [15, 30] })
    h.run(snoozeBreak, { minutes: 15 })
    h.pass(15 * 60_000 - 1000)
    expect(h.dues()).toBe(1)
    h.pass(1000)
    expect(h.dues()).toBe(2)
  })

  it('refuses a snooze past the limit in a row, and says so plainly', () => {
    const h = new ReminderHarness(WEDNESDAY)
    h.minutes(30)
    for (let i = 0; i < 3; i++) {
      h.run(snoozeBreak, { minutes: 5 })
      h.minutes(5)
    }
    expect(h.dues()).toBe(4)
    expect(h.view().prompt).toMatchObject({ canSnooze: false, snoozesInARow: 3 })
    const refused = h.attempt(snoozeBreak, { minutes: 5 })
    expect(refused).toEqual({
      ok: false,
      error: 'You have put this break off 3 times in a row. Take it now, or skip it.',
      message: {
        text: 'You have put this break off {{max}} times in a row. Take it now, or skip it.',
        values: { max: 3 },
      },
    })
    h.run(startBreak, {})
    expect(h.state.snoozesInARow).toBe(0)
  })

  it('Skip records a skipped break and resets; skips in a row are counted and named, no lock-out', () => {
    const h = new ReminderHarness(WEDNESDAY)
    for (let i = 0; i < 3; i++) {
      h.minutes(30)
      h.run(skipBreak, {})
    }
    expect(h.view().today.skipped).toBe(3)
    expect(h.view().skipsInARow).toBe(3)
    expect(h.view().skipsNoticed).toBe(true)
    h.minutes(30)
    expect(h.dues()).toBe(4)
    h.run(startBreak, {})
    expect(h.view().skipsNoticed).toBe(false)
  })

  it('refuses answers when there is nothing to answer', () => {
    const h = new ReminderHarness(WEDNESDAY)
    expect(h.attempt(snoozeBreak, { minutes: 5 })).toEqual({ ok: false, error: 'There is no break to snooze.' })
    expect(h.attempt(skipBreak, {})).toEqual({ ok: false, error: 'There is no break to skip.' })
  })
})

describe('pause, meetings and fullscreen', () => {
  it('pauses for an hour: nothing within the hour, counting resumes after it', () => {
    const h = new ReminderHarness(WEDNESDAY)
    h.minutes(25)
    h.run(pauseReminders, { for: '1h' })
    h.minutes(60)
    expect(h.dues()).toBe(0)
    expect(h.events.at(-1)).toEqual({ type: 'pause-ended' })
    h.minutes(5)
    expect(h.dues()).toBe(1)
  })

  it('pauses until resumed', () => {
    const h = new ReminderHarness(WEDNESDAY)
    h.run(pauseReminders, { for: 'indefinite' })
    h.minutes(120)
    expect(h.dues()).toBe(0)
    expect(h.view().pause).toEqual({ indefinite: true })
    h.run(resumeReminders, {})
    h.minutes(30)
    expect(h.dues()).toBe(1)
  })

  it('holds prompts in a meeting, counts the work, and prompts once when it ends', () => {
    const h = new ReminderHarness(WEDNESDAY)
    h.minutes(20)
    h.run(startMeeting, { minutes: 60 })
    h.minutes(59)
    expect(h.dues()).toBe(0)
    expect(h.view().status).toBe('meeting')
    h.minutes(1)
    expect(h.dues()).toBe(1)
  })

  it('ends a meeting early on request', () => {
    const h = new ReminderHarness(WEDNESDAY)
    h.run(startMeeting, { minutes: 90 })
    h.minutes(40)
    h.run(endMeeting, {})
    expect(h.dues()).toBe(1)
  })

  it('postpones while a fullscreen app is in front', () => {
    const h = new ReminderHarness(WEDNESDAY)
    h.apply(setFullscreen(h.state, true, h.at(), h.ctx))
    h.minutes(45)
    expect(h.dues()).toBe(0)
    h.apply(setFullscreen(h.state, false, h.at(), h.ctx))
    expect(h.dues()).toBe(1)
  })
})

describe('history', () => {
  it(`keeps ${HISTORY_DAYS} days of breaks and no more`, () => {
    const h = new ReminderHarness(WEDNESDAY, { workingHours: { remindOutside: true } })
    for (let day = 0; day < HISTORY_DAYS + 5; day++) {
      h.minutes(30)
      h.run(skipBreak, {})
      h.jumpWall(24 * 3600_000 - 30 * 60_000)
    }
    const oldest = h.state.history[0]?.atWall ?? 0
    const newest = h.state.history.at(-1)?.atWall ?? 0
    expect(newest - oldest).toBeLessThanOrEqual(HISTORY_DAYS * 24 * 3600_000)
    expect(newest - oldest).toBeGreaterThan((HISTORY_DAYS - 1) * 24 * 3600_000)
    expect(h.state.history.length).toBeLessThanOrEqual(HISTORY_DAYS + 1)
  })
})
