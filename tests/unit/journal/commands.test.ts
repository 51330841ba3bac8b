import { describe, expect, it } from 'vitest'
import {
  deleteEntry,
  editEntry,
  initialJournalState,
  logRating,
  logSpasm,
  undoDelete,
} from '../../../src/shared/journal'
import { DAY_MS } from '../../../src/shared/kernel/time'
import { instant, journalWith, NOON, spasm } from './helpers'

describe('logging', () => {
  it('logs a spasm at the current wall time with its details', () => {
    const result = logSpasm(initialJournalState(), { ...spasm, note: ' after a long call ' }, instant(NOON))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.state.entries).toEqual([
      {
        kind: 'spasm',
        id: result.state.entries[0]?.id,
        wall: NOON,
        area: 'lower',
        side: 'left',
        intensity: 5,
        trigger: 'long-sitting',
        note: 'after a long call',
      },
    ])
    expect(result.events).toEqual([{ type: 'spasm-logged', id: result.state.entries[0]?.id }])
  })

  it('rejects intensity 11, a note over 500 characters and a time in the future, changing nothing', () => {
    const state = initialJournalState()
    expect(logSpasm(state, { ...spasm, intensity: 11 }, instant(NOON))).toEqual({
      ok: false,
      error: 'Intensity goes from 0 to 10.',
    })
    expect(logSpasm(state, { ...spasm, note: 'x'.repeat(501) }, instant(NOON))).toEqual({
      ok: false,
      error: 'Keep the note to 500 characters.',
    })
    expect(logSpasm(state, { ...spasm, wall: NOON + 1 }, instant(NOON))).toEqual({
      ok: false,
      error: 'An entry cannot be dated in the future.',
    })
    expect(state.entries).toEqual([])
  })

  it('keeps entries in time order when an earlier episode is logged afterwards, with unique ids', () => {
    const first = logSpasm(initialJournalState(), spasm, instant(NOON))
    if (!first.ok) throw new Error(first.error)
    const second = logSpasm(first.state, { ...spasm, wall: NOON - DAY_MS }, instant(NOON))
    if (!second.ok) throw new Error(second.error)
    expect(second.state.entries.map((entry) => entry.wall)).toEqual([NOON - DAY_MS, NOON])
    expect(new Set(second.state.entries.map((entry) => entry.id)).size).toBe(2)
  })

  it('logs a routine rating and a checker outcome, but not both at once', () => {
    const rated = logRating(initialJournalState(), { source: 'routine', rating: 3, ref: 'desk' }, instant(NOON))
    expect(rated.ok && rated.state.entries[0]).toMatchObject({ kind: 'rating', rating: 3, outcome: null, ref: 'desk' })
    const checked = logRating(initialJournalState(), { source: 'red-flags', outcome: 'urgent' }, instant(NOON))
    expect(checked.ok && checked.state.entries[0]).toMatchObject({ outcome: 'urgent', rating: null })
    expect(logRating(initialJournalState(), { source: 'break', rating: 2, outcome: 'urgent' }, instant(NOON)).ok).toBe(
      false,
    )
  })

  it('emits a recurrence nudge on the third episode within 14 days, once', () => {
    const state = journalWith([{ day: -10 }, { day: -5 }])
    const third = logSpasm(state, spasm, instant(NOON))
    expect(third.ok && third.events).toContainEqual({ type: 'recurrence-nudge', reason: 'frequent' })
    if (!third.ok) return
    const fourth = logSpasm(third.state, spasm, instant(NOON + 1000))
    expect(fourth.ok && fourth.events.map((event) => event.type)).toEqual(['spasm-logged'])
  })
})

describe('edit, delete and undo', () => {
  it('edits only the given fields of an episode', () => {
    const state = journalWith([{ day: 0 }])
    const id = state.entries[0]?.id ?? ''
    const result = editEntry(state, { id, intensity: 8, note: 'worse later' }, instant(NOON))
    expect(result.ok && result.state.entries[0]).toMatchObject({ intensity: 8, note: 'worse later', area: 'lower' })
    expect(editEntry(state, { id: 'missing', intensity: 1 }, instant(NOON))).toEqual({
      ok: false,
      error: 'That entry is no longer in the journal.',
    })
  })

  it('deletes an entry and undo puts it back in its place', () => {
    const state = journalWith([{ day: -2 }, { day: -1 }, { day: 0 }])
    const middle = state.entries[1]
    const deleted = deleteEntry(state, { id: middle?.id ?? '' })
    if (!deleted.ok) throw new Error(deleted.error)
    expect(deleted.state.entries).toHaveLength(2)
    expect(deleted.events).toEqual([{ type: 'entry-deleted', id: middle?.id }])
    const restored = undoDelete(deleted.state)
    if (!restored.ok) throw new Error(restored.error)
    expect(restored.state.entries).toEqual(state.entries)
    expect(restored.state.lastDeleted).toBeNull()
    expect(undoDelete(restored.state)).toEqual({ ok: false, error: 'There is nothing to undo.' })
  })
})
