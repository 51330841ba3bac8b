import { describe, expect, it } from 'vitest'
import { reminderSettingsSchema } from '../../../src/shared/reminders'

describe('reminderSettingsSchema', () => {
  it('gives the documented defaults', () => {
    const s = reminderSettingsSchema.parse({})
    expect(s.stretch).toEqual({ enabled: true, mode: 'gentle', everyMinutes: 30, breakSeconds: 180 })
    expect(s.micro).toEqual({ enabled: false, mode: 'gentle', everyMinutes: 10, breakSeconds: 20 })
    expect(s.water.everyMinutes).toBe(60)
    expect(s.water.mode).toBe('gentle')
    expect(s.strictExitsPerDay).toBe(2)
    expect(s.maxSnoozesInARow).toBe(3)
    expect(s.workingHours).toEqual({
      days: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '18:00',
      remindOutside: false,
    })
    expect(s.onSleepOrLock).toBe('pause-and-count-as-break')
  })
  it('refuses an interval out of bounds with a readable message', () => {
    const r = reminderSettingsSchema.safeParse({ stretch: { everyMinutes: 5 } })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.message).toBe('The stretch reminder interval must be at least 10 minutes.')
  })

  it('offers 5 and 10 minute snoozes by default and takes any of 5, 10, 15 and 30', () => {
    expect(reminderSettingsSchema.parse({}).snoozeOptions).toEqual([5, 10])
    expect(reminderSettingsSchema.parse({ snoozeOptions: [15] }).snoozeOptions).toEqual([15])
    expect(reminderSettingsSchema.parse({ snoozeOptions: [30, 5, 15, 10] }).snoozeOptions).toEqual([30, 5, 15, 10])
  })
  it.each([
    [[], 'Choose at least one snooze length.'],
    [[7], 'A snooze lasts 5, 10, 15 or 30 minutes.'],
    [['10'], 'A snooze lasts 5, 10, 15 or 30 minutes.'],
    [[10, 10], 'Choose each snooze length once.'],
    [10, 'Snooze lengths must be a list of minutes.'],
  ])('refuses snooze lengths %j: %s', (snoozeOptions, message) => {
    const r = reminderSettingsSchema.safeParse({ snoozeOptions })
    expect(r.error?.issues.map((issue) => issue.message)).toEqual([message])
  })
})
