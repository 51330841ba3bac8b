import { describe, expect, it } from 'vitest'
import { importJson, initialJournalState, toCsv, toJson } from '../../../src/shared/journal'
import { mergeBreaks, initialReminderState, type BreakRecord } from '../../../src/shared/reminders'
import { Companion } from '../../../src/shared/app/companion'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'
import { DAY_MS } from '../../../src/shared/kernel/time'

const NOON = Date.parse('2026-11-25T12:00:00Z')
const breaks: BreakRecord[] = [
  { kind: 'stretch', outcome: 'taken', atWall: NOON - DAY_MS },
  { kind: 'stretch', outcome: 'natural', atWall: NOON - 1000 },
  { kind: 'water', outcome: 'skipped', atWall: NOON },
]

describe('the break history in the journal’s files', () => {
  it('writes break rows into the CSV, in time order, with their kind and outcome', () => {
    const lines = toCsv(initialJournalState(), breaks).split('\r\n')
    expect(lines[1]).toBe(',break,2026-11-24T12:00:00.000Z,,,,,,,,,,stretch,taken')
    expect(lines[3]).toBe(',break,2026-11-25T12:00:00.000Z,,,,,,,,,,water,skipped')
  })

  it('round-trips through JSON version 2, and still reads a version 1 file as having no breaks', () => {
    const read = importJson(toJson(initialJournalState(), breaks))
    expect(read.ok && read.state.breaks).toEqual(breaks)
    const old = JSON.stringify({ format: 'unknot-journal', version: 1, entries: [] })
    expect(importJson(old)).toEqual({ ok: true, state: { entries: [], breaks: [] }, events: [] })
  })

  it('merges imported breaks into the history once, leaving out those older than it keeps', () => {
    const at = { wall: NOON, mono: 0 }
    const first = mergeBreaks(initialReminderState(), [...breaks, { ...breaks[0]!, atWall: NOON - 90 * DAY_MS }], at)
    expect(first.added).toBe(3)
    expect(first.state.history.map((record) => record.atWall)).toEqual(breaks.map((record) => record.atWall))
    const again = mergeBreaks(first.state, breaks, at)
    expect(again).toEqual({ state: first.state, added: 0 })
  })

  it('joins the companion’s break history on import and says how many breaks were added', () => {
    const clock = new ManualClock(NOON)
    const companion = new Companion({
      clock,
      timers: clock,
      timeZone: () => 'UTC',
      stores: { settings: new MemoryStore(), data: new MemoryRecords() },
    })
    const result = companion.dispatch({
      type: 'importJournal',
      payload: { text: toJson(initialJournalState(), breaks) },
    })
    expect(result.ok && result.events).toEqual([
      { domain: 'journal', event: { type: 'journal-imported', added: 0, skipped: 0, breaks: 3 } },
    ])
    expect(companion.query({ type: 'breakHistory' })).toEqual({ ok: true, answer: { type: 'breakHistory', breaks } })
    expect(companion.getSnapshot().progress.breaksKept).toBe(3)
    expect(companion.getSnapshot().progress.week.at(-1)).toMatchObject({ day: '2026-11-25', breaks: 1 })
  })
})
