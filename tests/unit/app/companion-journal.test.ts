import { describe, expect, it } from 'vitest'
import { Companion } from '../../../src/shared/app/companion'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'
import { journalEntries } from '../../support/journal-pages'

function make(data = new MemoryRecords()) {
  const clock = new ManualClock(Date.parse('2026-11-25T10:00:00Z'))
  const companion = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'Europe/London',
    stores: { settings: new MemoryStore(), data },
  })
  return { clock, companion, data }
}

const spasm = { area: 'lower', side: 'left', intensity: 6, trigger: 'lifting', note: 'moving boxes' } as const

describe('the journal through the companion', () => {
  it('logs a spasm, deletes it with undo within the run, and never stores the undo', async () => {
    const { companion, data } = make()
    expect(companion.dispatch({ type: 'logSpasm', payload: spasm }).ok).toBe(true)
    const [entry] = await journalEntries(companion)
    expect(entry).toMatchObject({ kind: 'spasm', intensity: 6 })
    companion.dispatch({ type: 'deleteJournalEntry', payload: { id: entry!.id } })
    expect(companion.getSnapshot().journal.total).toBe(0)
    expect(companion.getSnapshot().journal.canUndo).toBe(true)
    expect(data.document().journal).not.toHaveProperty('lastDeleted')
    companion.dispatch({ type: 'undoJournalDelete' })
    expect(companion.getSnapshot().journal.total).toBe(1)
  })

  it('refuses a malformed import with a clear error and changes nothing', () => {
    const { companion, data } = make()
    companion.dispatch({ type: 'logSpasm', payload: spasm })
    const writes = data.writes.length
    const result = companion.dispatch({ type: 'importJournal', payload: { text: '{"format":"unknot-journal"' } })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/Nothing was imported/)
    expect(data.writes).toHaveLength(writes)
    expect(companion.getSnapshot().journal.total).toBe(1)
  })

  it('puts the rating given after a routine into the journal', async () => {
    const { clock, companion } = make()
    companion.dispatch({ type: 'startRoutine', payload: { routineId: 'break' } })
    clock.advance(120_000)
    expect(companion.dispatch({ type: 'rateSession', payload: { rating: 3 } }).ok).toBe(true)
    expect((await journalEntries(companion))[0]).toMatchObject({ kind: 'rating', source: 'routine', rating: 3 })
  })
})
