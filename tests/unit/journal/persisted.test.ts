import { describe, expect, it } from 'vitest'
import { restoreJournal } from '../../../src/shared/journal'
import { journalWith } from './helpers'

const spasmEntry = (id: string, wall: number, fields: Record<string, unknown> = {}) => ({
  kind: 'spasm',
  id,
  wall,
  area: 'lower',
  side: 'left',
  intensity: 5,
  trigger: 'other',
  note: '',
  ...fields,
})

describe('restoring the stored journal', () => {
  it('gives back a journal it wrote, unchanged', () => {
    const journal = journalWith([{ day: -2 }, { day: 0, intensity: 7 }])
    expect(restoreJournal(JSON.parse(JSON.stringify(journal)))).toEqual({ state: journal, setAside: [] })
  })

  it('keeps every valid entry and sets aside the ones that do not fit, saying how many', () => {
    const kept = [spasmEntry('b', 2000), spasmEntry('a', 1000, { note: 'after lifting' })]
    const restored = restoreJournal({
      entries: [
        kept[0],
        spasmEntry('absurd', 3000, { intensity: 99 }),
        spasmEntry('wrong-type', 4000, { wall: 'yesterday' }),
        { kind: 'spasm', id: 'missing-fields', wall: 5000 },
        'not an entry',
        kept[1],
        spasmEntry('b', 6000),
      ],
      nextSeq: 3,
      lastDeleted: { entry: kept[0] },
    })
    expect(restored?.state.entries.map((entry) => entry.id)).toEqual(['a', 'b'])
    expect(restored?.state.lastDeleted).toBeNull()
    expect(restored?.setAside).toEqual([
      {
        text: 'Journal entries that could not be read were set aside: {{count}} of {{total}}.',
        values: { count: 5, total: 7 },
      },
    ])
  })

  it('moves a damaged counter past every id it made, so no id is made twice', () => {
    const journal = journalWith([{ day: 0 }, { day: 0 }, { day: 0 }])
    expect(journal.nextSeq).toBe(4)
    for (const nextSeq of [undefined, 'x', 0, 2.5, 2]) {
      expect(restoreJournal({ ...journal, nextSeq })?.state.nextSeq).toBe(4)
    }
  })

  it('cannot read a journal that is not an object or whose entries are not a list', () => {
    expect(restoreJournal('journal')).toBeNull()
    expect(restoreJournal([spasmEntry('a', 1)])).toBeNull()
    expect(restoreJournal({ entries: { a: spasmEntry('a', 1) }, nextSeq: 2 })).toBeNull()
  })
})
