import { describe, expect, it } from 'vitest'
import { BREAK_ROUTINE_ID } from '../../../src/shared/routines'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'
import { companionWithEvents } from '../../support/companion'

function make(data = new MemoryRecords(), formerData?: MemoryStore) {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 10))
  return { clock, data, ...companionWithEvents(clock, data, new MemoryStore(), formerData) }
}

describe('the companion runs a routine on one host timer', () => {
  it('keeps one host timer, for the earliest instant, before and while a routine plays', () => {
    const { clock, companion } = make()
    // No reminder timer yet: sitting is only projected as far as the host's next idle reading.
    expect(clock.pendingCount).toBe(0)
    expect(companion.dispatch({ type: 'startRoutine', payload: { routineId: BREAK_ROUTINE_ID } }).ok).toBe(true)
    expect(clock.pendingCount).toBe(1)
    clock.advance(30_000)
    expect(clock.pendingCount).toBe(1)
  })

  it('emits the cues as events and ends with the session in history, saved', () => {
    const { clock, companion, data, events } = make()
    companion.dispatch({ type: 'startRoutine', payload: { routineId: BREAK_ROUTINE_ID } })
    const total = companion.getSnapshot().routines.player?.totalMs ?? 0
    expect(total).toBe(120_000)
    clock.advance(total)
    const cues = events.flatMap((e) => (e.domain === 'routines' && e.event.type === 'cue' ? [e.event.cue] : []))
    expect(cues[0]).toBe('start')
    expect(cues.at(-1)).toBe('done')
    expect(cues.filter((cue) => cue === 'done')).toHaveLength(1)
    // the routine's timer is gone; the reminders wait for an idle reading before their next due break
    expect(clock.pendingCount).toBe(0)
    expect(companion.getSnapshot().routines.history[0]).toMatchObject({ routineId: BREAK_ROUTINE_ID, completed: true })
    expect(data.document().routines.history).toHaveLength(1)
  })

  it('restores history after a restart but not a half-played routine', () => {
    const first = make()
    first.companion.dispatch({ type: 'startRoutine', payload: { routineId: BREAK_ROUTINE_ID } })
    first.clock.advance(120_000)
    first.companion.dispatch({ type: 'startRoutine', payload: { routineId: BREAK_ROUTINE_ID } })
    const second = make(MemoryRecords.holding(first.data.document()))
    expect(second.companion.getSnapshot().routines.history).toHaveLength(1)
    expect(second.companion.getSnapshot().routines.player).toBeNull()
    expect(second.clock.pendingCount).toBe(0)
  })

  it('rejects a bad routine command with a readable error and keeps state', () => {
    const { companion } = make()
    const before = companion.getSnapshot()
    const result = companion.dispatch({ type: 'rateSession', payload: { rating: 11 } })
    expect(result).toMatchObject({
      ok: false,
      error: 'The rating goes from 0 to 10.',
      detail: '"rateSession": rating: The rating goes from 0 to 10.',
    })
    expect(companion.getSnapshot()).toBe(before)
  })

  it('says so when stored data cannot be read, and starts empty', () => {
    const { companion } = make(new MemoryRecords(), new MemoryStore({ version: 99 }))
    expect(companion.getSnapshot().notices.map((notice) => notice.id)).toEqual(['data-unreadable'])
  })
})
