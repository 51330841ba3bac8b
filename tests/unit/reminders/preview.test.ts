import { describe, expect, it } from 'vitest'
import { previewBreak, restoreReminders, skipBreak, snoozeBreak, startBreak } from '../../../src/shared/reminders'
import { MINUTE_MS } from '../../../src/shared/kernel/time'
import { ReminderHarness } from './harness'

describe('"Try a break now" (a preview prompt)', () => {
  it('raises the stretch prompt and its break-due event at once, as a due break would', () => {
    const h = new ReminderHarness('2026-11-25T10:00:00Z')
    h.minutes(5)
    h.run(previewBreak, {})
    expect(h.events.at(-1)).toEqual({ type: 'break-due', kind: 'stretch', snoozesInARow: 0 })
    expect(h.view().status).toBe('due')
    expect(h.view().prompt).toMatchObject({ kind: 'stretch', preview: true, canSnooze: true })
  })

  it('works outside working hours too, so an evening setup can show it', () => {
    const h = new ReminderHarness('2026-11-28T20:00:00Z')
    h.run(previewBreak, {})
    expect(h.view().prompt?.preview).toBe(true)
  })

  it('closes on skip or snooze without touching the counters, the history or the snooze limit', () => {
    for (const close of [
      (h: ReminderHarness) => h.run(skipBreak, {}),
      (h: ReminderHarness) => h.run(snoozeBreak, { minutes: 5 }),
    ]) {
      const h = new ReminderHarness('2026-11-25T10:00:00Z')
      h.minutes(10)
      h.run(previewBreak, {})
      close(h)
      expect(h.state.prompt).toBeNull()
      expect(h.state.history).toEqual([])
      expect(h.state.snoozesInARow).toBe(0)
      expect(h.state.snoozedUntilMono).toBeNull()
      expect(h.state.skipsInARow).toBe(0)
      expect(h.state.activeMs.stretch).toBe(10 * MINUTE_MS)
      // the real break still comes at 30 minutes of sitting
      h.minutes(19)
      expect(h.dues()).toBe(1)
      h.minutes(1.5)
      expect(h.dues()).toBe(2)
    }
  })

  it('taken, it is a real break: the break the person chose to take', () => {
    const h = new ReminderHarness('2026-11-25T10:00:00Z')
    h.run(previewBreak, {})
    h.run(startBreak, {})
    expect(h.state.onBreak?.kind).toBe('stretch')
    expect(h.state.history.map((entry) => entry.outcome)).toEqual(['taken'])
  })

  it('is refused while a prompt shows or a break runs', () => {
    const h = new ReminderHarness('2026-11-25T10:00:00Z')
    h.run(previewBreak, {})
    expect(h.attempt(previewBreak, {})).toMatchObject({ ok: false, error: 'A break prompt is already showing.' })
    h.run(startBreak, {})
    expect(h.attempt(previewBreak, {})).toMatchObject({ ok: false, error: 'A break is already under way.' })
  })

  it('is not brought back after a restart', () => {
    const h = new ReminderHarness('2026-11-25T10:00:00Z')
    h.run(previewBreak, {})
    expect(restoreReminders(h.state, h.at()).prompt).toBeNull()
  })
})
