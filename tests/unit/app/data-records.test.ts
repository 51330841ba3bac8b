import { describe, expect, it } from 'vitest'
import { restoreData } from '../../../src/shared/app/core-state'
import { readInstant } from '../../../src/shared/kernel/time'
import type { RecordChanges } from '../../../src/shared/kernel/storage'
import { companionWithEvents } from '../../support/companion'
import { fiveYearsOfData, FIVE_YEARS_END } from '../../support/five-years-store'
import { ManualClock } from '../../support/manual-clock'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { journalEntries } from '../../support/journal-pages'

const spasm = {
  type: 'logSpasm',
  payload: { area: 'lower', side: 'both', intensity: 6, trigger: 'long-sitting', note: 'after the drive' },
} as const

const bytes = (write: RecordChanges) => JSON.stringify([...write]).length

describe('five years of data', () => {
  it('are records every domain accepts, nothing set aside', () => {
    const data = fiveYearsOfData()
    const restored = restoreData(data, readInstant(new ManualClock(FIVE_YEARS_END)))
    expect(restored.unreadable).toEqual([])
    expect(restored.setAside).toEqual([])
    expect(restored.data.journal.entries).toHaveLength(data.journal.entries.length)
    expect(data.journal.entries.length).toBeGreaterThan(500)
  })

  it('logging one journal entry writes that entry and the journal counter, no other: under 1 % of the data', async () => {
    const whole = fiveYearsOfData()
    const data = MemoryRecords.holding(whole)
    const { companion } = companionWithEvents(new ManualClock(FIVE_YEARS_END), data)
    expect(data.writes).toEqual([])

    expect(companion.dispatch(spasm).ok).toBe(true)
    const [write] = data.writes
    const [entry] = (await journalEntries(companion)).filter(
      (logged) => logged.kind === 'spasm' && logged.note === 'after the drive',
    )
    const keys = [...(write?.keys() ?? [])]
    expect(keys.filter((key) => key.startsWith('journal')).sort()).toEqual(['journal', `journal/${entry?.id}`])
    // a spasm can change what flare mode offers; the histories are not written
    expect(keys.filter((key) => !key.startsWith('journal'))).toEqual(expect.not.arrayContaining(['reminders']))
    expect(keys).not.toContain('routines')
    expect(keys).not.toContain('therapy')
    // what every change wrote before the records: the whole data document
    const wholeBytes = JSON.stringify(whole).length
    expect(wholeBytes).toBeGreaterThan(200_000)
    expect(bytes(write ?? new Map())).toBeLessThan(wholeBytes / 100)
  })

  it('a break taken does not write the journal', () => {
    const data = MemoryRecords.holding(fiveYearsOfData())
    const { companion } = companionWithEvents(new ManualClock(FIVE_YEARS_END + 60 * 60_000), data)
    companion.dispatch({ type: 'startBreak' })
    const keys = data.writes.flatMap((write) => [...write.keys()])
    expect(keys).toContain('reminders')
    expect(keys.filter((key) => key.startsWith('journal'))).toEqual([])
  })

  it('deleting an entry removes its record only; undoing writes it back', async () => {
    const data = MemoryRecords.holding(fiveYearsOfData())
    const { companion } = companionWithEvents(new ManualClock(FIVE_YEARS_END), data)
    const [entry] = await journalEntries(companion)
    companion.dispatch({ type: 'deleteJournalEntry', payload: { id: entry?.id ?? '' } })
    companion.dispatch({ type: 'undoJournalDelete' })
    expect(data.writes).toEqual([
      new Map([[`journal/${entry?.id}`, undefined]]),
      new Map([[`journal/${entry?.id}`, entry]]),
    ])
  })
})

/** Records that say when they were written, and can refuse like a full disk. */
class WatchedRecords extends MemoryRecords {
  failWith: string | undefined
  constructor(private readonly said: string[]) {
    super()
  }
  override write(changes: RecordChanges): void {
    if (this.failWith) throw Object.assign(new Error(`${this.failWith}: no space`), { code: this.failWith })
    this.said.push('records written')
    super.write(changes)
  }
}

/** The single data document of earlier versions, saying when it is retired. */
class WatchedFormer extends MemoryStore {
  constructor(
    value: unknown,
    private readonly said: string[],
  ) {
    super(value)
  }
  override retire(): void {
    this.said.push('former retired')
    super.retire()
  }
}

describe('the single data document of earlier versions', () => {
  it('moves into records once: every record kept, the document kept aside only after they are written', () => {
    const whole = fiveYearsOfData()
    const said: string[] = []
    const data = new WatchedRecords(said)
    const former = new WatchedFormer(structuredClone(whole), said)
    const clock = new ManualClock(FIVE_YEARS_END)
    const { companion } = companionWithEvents(clock, data, new MemoryStore(), former)

    expect(said).toEqual(['records written', 'former retired'])
    expect(former.setAside).toEqual([whole])
    expect(former.read()).toBeUndefined()
    const { lastDeleted: _, ...journal } = whole.journal
    expect(data.document()).toEqual({ ...whole, journal })
    expect(companion.getSnapshot().notices).toEqual([])

    // the next start reads the records and leaves the former document alone
    const again = companionWithEvents(clock, data, new MemoryStore(), former).companion
    expect(said).toEqual(['records written', 'former retired'])
    expect(again.getSnapshot().journal.total).toBe(whole.journal.entries.length)
  })

  it('stays where it is while the records cannot be written, says so, and moves with the next change', () => {
    const whole = fiveYearsOfData()
    const said: string[] = []
    const data = new WatchedRecords(said)
    data.failWith = 'ENOSPC'
    const former = new WatchedFormer(structuredClone(whole), said)
    const { companion } = companionWithEvents(new ManualClock(FIVE_YEARS_END), data, new MemoryStore(), former)
    expect(said).toEqual([])
    expect(former.read()).toEqual(whole)
    expect(companion.getSnapshot().journal.total).toBe(whole.journal.entries.length)
    expect(companion.getSnapshot().notices.map((notice) => notice.id)).toEqual(['storage-failed'])

    data.failWith = undefined
    expect(companion.dispatch(spasm).ok).toBe(true)
    expect(said).toEqual(['records written', 'former retired'])
    expect(data.document().journal.entries).toHaveLength(whole.journal.entries.length + 1)
    expect(companion.getSnapshot().notices).toEqual([])
  })

  it('that cannot be read is kept aside, said, and its backup moved in', () => {
    const whole = fiveYearsOfData()
    const former = new MemoryStore({ version: 99 }).withBackup(whole)
    const data = new MemoryRecords()
    const { companion } = companionWithEvents(new ManualClock(FIVE_YEARS_END), data, new MemoryStore(), former)
    expect(companion.getSnapshot().notices.map((notice) => notice.text)).toEqual([
      'Your saved history could not be read. Unknot restored its last good copy; the unreadable file was kept.',
    ])
    expect(former.setAside).toEqual([{ version: 99 }])
    expect(data.document().journal.entries).toHaveLength(whole.journal.entries.length)
  })
})
