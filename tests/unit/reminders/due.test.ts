import { describe, expect, it } from 'vitest'
import { checkDue, initialReminderState, reminderSettingsSchema } from '../../../src/shared/reminders'

const withActive = (stretch: number, micro = 0) => ({
  ...initialReminderState(),
  activeMs: { stretch, micro, water: 0 },
})

describe('checkDue', () => {
  const settings = reminderSettingsSchema.parse({})
  it('29:59 of active work is not due; 30:00 is due exactly once', () => {
    expect(checkDue(withActive(29 * 60_000 + 59_000), settings).events).toEqual([])
    const first = checkDue(withActive(30 * 60_000), settings)
    expect(first.events).toEqual([{ type: 'break-due', kind: 'stretch' }])
    expect(first.state.prompt).toBe('stretch')
    expect(checkDue(first.state, settings).events).toEqual([])
  })
  it('a stretch due within 5 minutes absorbs a due micro-break', () => {
    const s = reminderSettingsSchema.parse({ micro: { enabled: true } })
    expect(checkDue(withActive(26 * 60_000, 10 * 60_000), s).events).toEqual([
      { type: 'break-due', kind: 'stretch' },
    ])
    expect(checkDue(withActive(20 * 60_000, 10 * 60_000), s).events).toEqual([
      { type: 'break-due', kind: 'micro' },
    ])
  })
})
