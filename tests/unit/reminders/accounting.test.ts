import { describe, expect, it } from 'vitest'
import { initialReminderState, observeIdle, reminderSettingsSchema } from '../../../src/shared/reminders'

const settings = reminderSettingsSchema.parse({})
const at = (sec: number) => ({ wall: 1_780_000_000_000 + sec * 1000, mono: sec * 1000 })

describe('observeIdle', () => {
  it('accrues active time between polls and caps a missed-poll gap', () => {
    let s = observeIdle(initialReminderState(), 0, at(0), settings)
    s = observeIdle(s, 0, at(10), settings)
    expect(s.activeMs.stretch).toBe(10_000)
    s = observeIdle(s, 0, at(310), settings)
    expect(s.activeMs.stretch).toBe(40_000)
  })
  it('idle at least the stretch break length is a natural break; shorter idle is not', () => {
    let s = observeIdle(initialReminderState(), 0, at(0), settings)
    s = observeIdle(s, 0, at(10), settings)
    s = observeIdle(s, 179, at(20), settings)
    expect(s.activeMs.stretch).toBe(10_000)
    expect(s.history).toEqual([])
    s = observeIdle(s, 180, at(30), settings)
    expect(s.activeMs.stretch).toBe(0)
    expect(s.history.map((h) => h.kind)).toEqual(['stretch', 'micro', 'water'])
  })
})
