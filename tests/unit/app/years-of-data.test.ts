import { describe, expect, it } from 'vitest'
import { Companion } from '../../../src/shared/app/companion'
import type { JournalEntry } from '../../../src/shared/journal'
import { companionWithEvents } from '../../support/companion'
import { fiveYears } from '../../support/five-years'
import { journalEntries } from '../../support/journal-pages'
import { ManualClock } from '../../support/manual-clock'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'

const AT = Date.UTC(2026, 10, 25, 9)

function fiveYearOld() {
  const clock = new ManualClock(AT)
  const { data, made } = fiveYears(AT)
  const companion = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'Europe/London',
    stores: { settings: new MemoryStore(), data: MemoryRecords.holding(structuredClone(data)) },
  })
  return { companion, data, made }
}

const KiB = 1024

describe('five years of history', () => {
  it('keeps the snapshot under 16 KiB: it carries counts and summaries, not the entries', () => {
    const { companion, made } = fiveYearOld()
    expect(made.journal).toBeGreaterThan(600)
    const snapshot = companion.getSnapshot()
    expect(snapshot.journal.total).toBe(made.journal)
    expect(JSON.stringify(snapshot).length).toBeLessThan(16 * KiB)
  })

  it('still shows the summaries years of entries make: triggers counted over every entry, the last 8 weeks charted', () => {
    const { companion, data } = fiveYearOld()
    const spasms = data.journal.entries.filter((entry) => entry.kind === 'spasm')
    const { journal } = companion.getSnapshot()
    expect(journal.triggers.reduce((sum, row) => sum + row.count, 0)).toBe(spasms.length)
    const recent = spasms.filter((entry) => entry.wall >= Date.UTC(2026, 9, 4, 23))
    expect(journal.weeks.reduce((sum, week) => sum + week.episodes, 0)).toBe(recent.length)
  })
})

describe('paging through the journal', () => {
  it('gives every entry once, newest first, without gaps or repeats, whatever the page size', async () => {
    const { companion, data } = fiveYearOld()
    const newestFirst = [...data.journal.entries].reverse().map((entry) => entry.id)
    for (const limit of [1, 7, 20, 100]) {
      expect((await journalEntries(companion, limit)).map((entry) => entry.id)).toEqual(newestFirst)
    }
  })

  it('keeps entries logged for the same moment apart across a page boundary', async () => {
    const { companion } = companionWithEvents(new ManualClock(AT))
    for (const note of ['a', 'b', 'c', 'd', 'e']) {
      companion.dispatch({
        type: 'logSpasm',
        payload: { area: 'lower', side: 'both', intensity: 3, trigger: 'other', note, wall: AT - 60_000 },
      })
    }
    const notes = (entries: JournalEntry[]) => entries.map((entry) => (entry.kind === 'spasm' ? entry.note : ''))
    expect(notes(await journalEntries(companion, 2))).toEqual(['e', 'd', 'c', 'b', 'a'])
  })

  it('goes on from where a page ended even when that entry has been deleted meanwhile', () => {
    const { companion, data } = fiveYearOld()
    const first = companion.query({ type: 'journalPage', payload: { limit: 20 } })
    if (!first.ok || first.answer.type !== 'journalPage' || !first.answer.nextCursor) throw new Error('no first page')
    const { nextCursor } = first.answer
    expect(companion.dispatch({ type: 'deleteJournalEntry', payload: { id: nextCursor.id } }).ok).toBe(true)
    const second = companion.query({ type: 'journalPage', payload: { before: nextCursor, limit: 5 } })
    const olderThanCursor = [...data.journal.entries]
      .reverse()
      .filter((entry) => entry.wall < nextCursor.wall)
      .slice(0, 5)
      .map((entry) => entry.id)
    expect(second.ok && second.answer.type === 'journalPage' && second.answer.entries.map((e) => e.id)).toEqual(
      olderThanCursor,
    )
  })

  it.each([
    [{ type: 'journalPage', payload: { limit: 0 } }, 'A page holds from 1 to 100 entries.'],
    [{ type: 'journalPage', payload: { limit: 101 } }, 'A page holds from 1 to 100 entries.'],
    [{ type: 'journalPage', payload: { limit: 2.5 } }, 'A page holds from 1 to 100 entries.'],
    [{ type: 'journalPage', payload: {} }, 'A page holds from 1 to 100 entries.'],
    [
      { type: 'journalPage', payload: { limit: 5, before: { wall: -1, id: 'x' } } },
      'That place in the journal is not valid.',
    ],
    [
      { type: 'journalPage', payload: { limit: 5, before: 'yesterday' } },
      'Unknot did not understand part of that request, so nothing changed.',
    ],
    [
      { type: 'journalPage', payload: { limit: 5, everything: true } },
      'Unknot did not understand part of that request, so nothing changed.',
    ],
    [{ type: 'everyEntry' }, 'Unknot did not understand part of that request, so nothing changed.'],
    ['journalPage', 'Unknot did not understand part of that request, so nothing changed.'],
  ])('refuses %j in plain words, naming the query only for developers', (query, error) => {
    const { companion } = fiveYearOld()
    const before = companion.getSnapshot()
    const result = companion.query(query)
    expect(result).toMatchObject({ ok: false, error })
    if (!result.ok) expect(result.error).not.toMatch(/journalPage|everyEntry|limit|before/)
    expect(companion.getSnapshot()).toBe(before)
  })
})
