import { describe, expect, it } from 'vitest'
import {
  csvField,
  importJournal,
  importJson,
  initialJournalState,
  logRating,
  logSpasm,
  toCsv,
  toJson,
} from '../../../src/shared/journal'
import { DAY_MS } from '../../../src/shared/kernel/time'
import { instant, journalWith, NOON, spasm } from './helpers'

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "ow"')).toBe('"say ""ow"""')
    expect(csvField('line\nbreak')).toBe('"line\nbreak"')
    expect(csvField('=1+1')).toBe("'=1+1")
  })

  it('writes a header and one row per entry with CRLF line ends', () => {
    const logged = logSpasm(initialJournalState(), { ...spasm, note: 'desk, then "pop"' }, instant(NOON))
    if (!logged.ok) throw new Error(logged.error)
    const rated = logRating(logged.state, { source: 'therapy', rating: 4 }, instant(NOON + 1000))
    if (!rated.ok) throw new Error(rated.error)
    const [spasmId, ratingId] = rated.state.entries.map((entry) => entry.id)
    expect(toCsv(rated.state)).toBe(
      'id,kind,time_utc,area,side,intensity,trigger,source,rating,outcome,ref,note,break_kind,break_outcome\r\n' +
        `${spasmId},spasm,2026-11-25T12:00:00.000Z,lower,left,5,long-sitting,,,,,"desk, then ""pop""",,\r\n` +
        `${ratingId},rating,2026-11-25T12:00:01.000Z,,,,,therapy,4,,,,,\r\n`,
    )
  })
})

describe('JSON export and import', () => {
  it('round-trips through JSON', () => {
    const journal = journalWith([{ day: -2, trigger: 'stress' }, { day: 0 }])
    const read = importJson(toJson(journal))
    expect(read).toEqual({ ok: true, state: { entries: journal.entries, breaks: [] }, events: [] })
    expect(JSON.parse(toJson(journal))).toMatchObject({ format: 'unknot-journal', version: 2, breaks: [] })
  })

  it('merges an import, skipping entries it already has', () => {
    const journal = journalWith([{ day: -2 }, { day: 0 }])
    const other = journalWith([{ day: -5 }])
    const merged = importJournal(journal, { text: toJson(other) })
    if (!merged.ok) throw new Error(merged.error)
    expect(merged.state.entries.map((entry) => entry.wall)).toEqual([NOON - 5 * DAY_MS, NOON - 2 * DAY_MS, NOON])
    expect(merged.events).toEqual([{ type: 'journal-imported', added: 1, skipped: 0 }])
    const again = importJournal(merged.state, { text: toJson(journal) })
    expect(again.ok && again.events).toEqual([{ type: 'journal-imported', added: 0, skipped: 2 }])
    expect(again.ok && again.state.entries).toHaveLength(3)
  })

  it('rejects malformed files with a clear reason and changes nothing', () => {
    const journal = journalWith([{ day: 0 }])
    const good = JSON.parse(toJson(journal)) as { entries: Array<Record<string, unknown>> }
    const cases: Array<[string, RegExp]> = [
      ['not json {', /not valid JSON/],
      [JSON.stringify({ ...good, version: 3 }), /version this Unknot cannot read/],
      [JSON.stringify({ ...good, breaks: [{ kind: 'nap', outcome: 'taken', wall: 1 }] }), /^Break 1, kind:/],
      [JSON.stringify({ format: 'something-else', version: 1, entries: [] }), /not an Unknot journal/],
      [JSON.stringify({ ...good, entries: 'lots' }), /no list of entries/],
      [
        JSON.stringify({ ...good, entries: [{ ...good.entries[0], intensity: 11 }] }),
        /^Entry 1, intensity: Intensity goes from 0 to 10\./,
      ],
      [JSON.stringify({ ...good, entries: [{ ...good.entries[0], kind: 'mood' }] }), /^Entry 1, kind:/],
    ]
    for (const [text, message] of cases) {
      const result = importJournal(journal, { text })
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error).toMatch(message)
        expect(result.error).toMatch(/Nothing was imported\.$/)
      }
    }
    expect(journal.entries).toHaveLength(1)
  })
})
