import { z } from 'zod'
import type { Result } from '../kernel/result'
import { fail, ok } from '../kernel/result'
import type { JournalResult } from './commands'
import {
  firstIssue,
  importJournalPayload,
  journalEntrySchema,
  type ImportJournalPayload,
  type JournalEntry,
} from './schema'
import { byWall, type JournalState } from './state'
import { msg } from '../i18n/catalog'
import { BREAK_KINDS, BREAK_OUTCOMES, type BreakRecord } from '../reminders'
import type { Message } from '../kernel/message'

export const JOURNAL_FORMAT = 'unknot-journal'
/** Version 2 added the break history (`breaks`); a version 1 file is read as having none. */
export const JOURNAL_VERSION = 2

const breakSchema = z
  .object({
    kind: z.enum(BREAK_KINDS, { error: msg('A break is a stretch, micro or water break.') }),
    outcome: z.enum(BREAK_OUTCOMES, { error: msg('A break was taken, natural, snoozed or skipped.') }),
    wall: z
      .int({ error: msg('The time must be a whole number of milliseconds.') })
      .min(0, { error: msg('The time is invalid.') }),
  })
  .strict()

export const journalFileSchema = z.object({
  format: z.literal(JOURNAL_FORMAT, { error: msg('This is not an Unknot journal file.') }),
  version: z.union([z.literal(1), z.literal(JOURNAL_VERSION)], {
    error: msg('This journal file has a version this Unknot cannot read (expected 1 or 2).'),
  }),
  entries: z.array(journalEntrySchema, { error: msg('The file has no list of entries.') }),
  breaks: z.array(breakSchema, { error: msg('The file’s break history is not a list.') }).default([]),
})

/** What a journal file holds: the entries and the break history. */
export interface JournalFile {
  entries: JournalEntry[]
  breaks: BreakRecord[]
}

/** The journal and the break history as a versioned JSON document. */
export function toJson(journal: JournalState, breaks: readonly BreakRecord[] = []): string {
  const history = breaks.map(({ kind, outcome, atWall }) => ({ kind, outcome, wall: atWall }))
  return JSON.stringify(
    { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, entries: journal.entries, breaks: history },
    null,
    2,
  )
}

/** Where in a file a problem is: an entry or a break, and the field. */
const PLACES = {
  entries: { item: msg('Entry {{number}}: {{problem}}'), field: msg('Entry {{number}}, {{field}}: {{problem}}') },
  breaks: { item: msg('Break {{number}}: {{problem}}'), field: msg('Break {{number}}, {{field}}: {{problem}}') },
} as const

/** The problem, prefixed with the entry or break (and field) it is in. */
function where(path: PropertyKey[], problem: string): Message {
  const [first, index, ...rest] = path
  const place = first === 'entries' || first === 'breaks' ? PLACES[first] : undefined
  if (!place || typeof index !== 'number') return { text: problem }
  const values = { number: index + 1, problem: { text: problem } }
  return rest.length > 0
    ? { text: place.field, values: { ...values, field: rest.map(String).join('.') } }
    : { text: place.item, values }
}

/** Reads a journal file; on any problem says what and where, as one sentence. */
export function importJson(text: string): Result<JournalFile> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return fail(msg('This file is not valid JSON, so it cannot be an Unknot journal. Nothing was imported.'))
  }
  const parsed = journalFileSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const problem = where(issue?.path ?? [], firstIssue(parsed.error))
    return fail(msg('{{problem}} Nothing was imported.'), { problem })
  }
  const ids = parsed.data.entries.map((entry) => entry.id)
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index)
  if (repeated !== undefined)
    return fail(msg('The id "{{id}}" appears twice in the file. Nothing was imported.'), { id: repeated })
  const breaks = parsed.data.breaks.map(({ kind, outcome, wall }) => ({ kind, outcome, atWall: wall }))
  return ok({ entries: parsed.data.entries, breaks })
}

/** Merges a journal file into the journal; entries whose id is already present are skipped. */
export function importJournal(state: JournalState, payload: ImportJournalPayload): JournalResult {
  const parsedPayload = importJournalPayload.safeParse(payload)
  if (!parsedPayload.success) return fail(firstIssue(parsedPayload.error))
  const read = importJson(parsedPayload.data.text)
  if (!read.ok) return read
  const known = new Set(state.entries.map((entry) => entry.id))
  const fresh = read.state.entries.filter((entry) => !known.has(entry.id))
  const entries = [...state.entries, ...fresh].sort(byWall)
  return ok({ ...state, entries }, [
    { type: 'journal-imported', added: fresh.length, skipped: read.state.entries.length - fresh.length },
  ])
}
