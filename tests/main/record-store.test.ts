import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openRecordStore } from '../../src/main/record-store'
import { openDocumentStore } from '../../src/main/store'
import { Companion } from '../../src/shared/app/companion'
import { dataFromRecords } from '../../src/shared/app/data-records'
import { ManualClock } from '../support/manual-clock'
import { journalEntries } from '../support/journal-pages'

const tempDir = () => mkdtempSync(join(tmpdir(), 'unknot-records-'))
const changes = (entries: Record<string, unknown>) => new Map(Object.entries(entries))
const log = (dir: string) => join(dir, 'unknot-records.log.jsonl')

describe('the desktop record store', () => {
  it('appends only the records a change touched, and reads them all back', () => {
    const dir = tempDir()
    const store = openRecordStore('unknot-records', dir)
    const history = { history: Array.from({ length: 2000 }, (_, n) => ({ n, kind: 'stretch' })) }
    store.write(changes({ reminders: history, journal: { nextSeq: 2 } }))
    const before = statSync(log(dir)).size
    store.write(changes({ 'journal/a-1': { id: 'a-1', note: 'after the drive' }, journal: { nextSeq: 3 } }))
    const added = statSync(log(dir)).size - before
    expect(added).toBeLessThan(200)
    expect(added).toBeLessThan(before / 100)
    store.write(changes({ 'journal/a-1': undefined }))

    const again = openRecordStore('unknot-records', dir)
    expect(Object.fromEntries(again.read())).toEqual({ reminders: history, journal: { nextSeq: 3 } })
  })

  it('does not read a change set cut off half-way, and goes on writing after it', () => {
    const dir = tempDir()
    const store = openRecordStore('unknot-records', dir)
    store.write(changes({ journal: { nextSeq: 2 }, 'journal/a-1': { id: 'a-1' } }))
    // a write killed after its first record: no commit line
    appendFileSync(log(dir), '\n{"b":9}\n{"k":"journal","v":{"nextSeq":3}}\n{"k":"journal/a-2","v":{"id":"a')
    expect(Object.fromEntries(openRecordStore('unknot-records', dir).read())).toEqual({
      journal: { nextSeq: 2 },
      'journal/a-1': { id: 'a-1' },
    })
    const next = openRecordStore('unknot-records', dir)
    next.write(changes({ 'journal/a-3': { id: 'a-3' } }))
    expect([...openRecordStore('unknot-records', dir).read().keys()].sort()).toEqual([
      'journal',
      'journal/a-1',
      'journal/a-3',
    ])
  })

  it('folds a long log into the records file, keeping the previous one as each record’s backup', () => {
    const dir = tempDir()
    const store = openRecordStore('unknot-records', dir, { foldAfterBytes: 500 })
    for (let n = 1; n <= 40; n++) store.write(changes({ reminders: { n }, [`journal/e-${n}`]: { id: `e-${n}` } }))
    expect(readdirSync(dir).sort()).toContain('unknot-records.backup.jsonl')
    const logSize = existsSync(log(dir)) ? statSync(log(dir)).size : 0
    expect(logSize).toBeLessThan(statSync(join(dir, 'unknot-records.jsonl')).size)

    const again = openRecordStore('unknot-records', dir, { foldAfterBytes: 500 })
    expect(again.read().get('reminders')).toEqual({ n: 40 })
    expect([...again.read().keys()].filter((key) => key.startsWith('journal/'))).toHaveLength(40)
    const backup = again.recover(['reminders']).get('reminders') as { n: number }
    expect(backup.n).toBeGreaterThan(0)
    expect(backup.n).toBeLessThan(40)
    expect(again.read().has('reminders')).toBe(false)
  })

  it('loses nothing when a fold is cut off between its renames', () => {
    const dir = tempDir()
    const store = openRecordStore('unknot-records', dir, { foldAfterBytes: 300 })
    for (let n = 1; n <= 20; n++) store.write(changes({ [`journal/e-${n}`]: { id: `e-${n}` } }))
    store.write(changes({ 'journal/last': { id: 'last' } }))
    // as if the process died after moving the records file aside and before moving the new one in
    renameSync(join(dir, 'unknot-records.jsonl'), join(dir, 'unknot-records.backup.jsonl'))
    expect(openRecordStore('unknot-records', dir).read().size).toBe(21)
  })

  it('sets aside a line that is not JSON with its record only, and hands back that record’s backup', () => {
    const dir = tempDir()
    const store = openRecordStore('unknot-records', dir, { now: () => 77 })
    store.write(changes({ routines: { history: [] }, journal: { nextSeq: 1 } }))
    store.write(changes({ routines: { history: [1] } }))
    appendFileSync(log(dir), '\n{"b":5}\n{"k":"routines","v":{"history":[1,\n{"c":1}\n')
    const opened = openRecordStore('unknot-records', dir, { now: () => 77 })
    expect(opened.read().get('routines')).toEqual({ unreadable: true, reason: 'a line of it is not valid JSON' })
    expect(opened.read().get('journal')).toEqual({ nextSeq: 1 })
    expect(opened.recover(['routines'])).toEqual(new Map([['routines', { history: [1] }]]))
    expect(readFileSync(join(dir, 'unknot-records.unreadable-77.jsonl'), 'utf8')).toBe(
      '{"k":"routines","v":{"history":[1,\n',
    )
    expect(Object.fromEntries(openRecordStore('unknot-records', dir).read())).toEqual({ journal: { nextSeq: 1 } })
  })
})

describe('the data document of earlier versions', () => {
  const spasm = {
    type: 'logSpasm',
    payload: { area: 'lower', side: 'both', intensity: 6, trigger: 'long-sitting', note: 'after the drive' },
  } as const

  function companionOn(dir: string, clock: ManualClock): Companion {
    const stores = {
      settings: openDocumentStore('unknot-settings', dir),
      data: openRecordStore('unknot-records', dir),
      formerData: openDocumentStore('unknot-data', dir, () => 5),
    }
    return new Companion({ clock, timers: clock, timeZone: () => 'UTC', stores })
  }

  it('is moved into records once: every entry kept, the old file kept aside only after the records are written', async () => {
    const dir = tempDir()
    const clock = new ManualClock(Date.UTC(2026, 10, 25, 9))
    // what an earlier version wrote: the whole data as one document
    const former = openDocumentStore('unknot-data', dir)
    const earlier = new Companion({
      clock,
      timers: clock,
      timeZone: () => 'UTC',
      stores: { settings: openDocumentStore('unknot-settings', dir), data: recordsAsOneDocument(former) },
    })
    earlier.dispatch(spasm)
    clock.advance(60_000)
    earlier.dispatch({ ...spasm, payload: { ...spasm.payload, intensity: 3 } })
    earlier.dispatch({ type: 'duplicateRoutine', payload: { routineId: 'desk' } })
    const oldText = readFileSync(join(dir, 'unknot-data.json'), 'utf8')

    const moved = companionOn(dir, clock)
    expect(moved.getSnapshot().journal.total).toBe(2)
    expect(moved.getSnapshot().notices).toEqual([])
    expect(readdirSync(dir)).not.toContain('unknot-data.json')
    expect(readFileSync(join(dir, 'unknot-data.moved-5.json'), 'utf8')).toBe(oldText)
    const keys = [...openRecordStore('unknot-records', dir).read().keys()].sort()
    expect(keys.filter((key) => !key.startsWith('journal/'))).toEqual(
      ['flare', 'journal', 'posture', 'reminders', 'routines', 'therapy'].sort(),
    )
    expect(keys.filter((key) => key.startsWith('journal/'))).toHaveLength(2)

    const after = companionOn(dir, clock)
    expect(await journalEntries(after)).toEqual(await journalEntries(moved))
    expect(after.getSnapshot().routines.customRoutines).toHaveLength(1)
  })
})

/** The data port of earlier versions: every change wrote the whole data as one document. */
function recordsAsOneDocument(document: ReturnType<typeof openDocumentStore>) {
  const records = new Map<string, unknown>()
  return {
    read: () => records,
    write(changed: ReadonlyMap<string, unknown>) {
      for (const [key, value] of changed) {
        if (value === undefined) records.delete(key)
        else records.set(key, value)
      }
      document.write(wholeDocument(records))
    },
    recover: () => new Map<string, unknown>(),
  }
}

function wholeDocument(records: ReadonlyMap<string, unknown>) {
  const data = dataFromRecords(records)
  return { ...data, journal: { ...data?.journal, lastDeleted: null } }
}
