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
import type { Message } from '../kernel/message'

export const JOURNAL_FORMAT = 'unknot-journal'
export const JOURNAL_VERSION = 1

export const journalFileSchema = z.object({
  format: z.literal(JOURNAL_FORMAT, { error: msg('This is not an Unknot journal file.') }),
  version: z.literal(JOURNAL_VERSION, {
    error: msg('This journal file has a version this Unknot cannot read (expected 1).'),
  }),
  entries: z.array(journalEntrySchema, { error: msg('The file has no list of entries.') }),
})

/** The journal as a versioned JSON document. */
export function toJson(journal: JournalState): string {
  return JSON.stringify({ format: JOURNAL_FORMAT, version: JOURNAL_VERSION, entries: journal.entries }, null, 2)
}

/** The problem, prefixed with the entry (and field) it is in. */
function where(path: PropertyKey[], problem: string): Message {
  const [first, index, ...rest] = path
  if (first === 'entries' && typeof index === 'number') {
    return rest.length > 0
      ? {
          text: msg('Entry {{number}}, {{field}}: {{problem}}'),
          values: { number: index + 1, field: rest.map(String).join('.'), problem: { text: problem } },
        }
      : { text: msg('Entry {{number}}: {{problem}}'), values: { number: index + 1, problem: { text: problem } } }
  }
  return { text: problem }
}

/** Reads a journal file; on any problem says what and where, as one sentence. */
export function importJson(text: string): Result<JournalEntry[]> {
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
  return ok(parsed.data.entries)
}

/** Merges a journal file into the journal; entries whose id is already present are skipped. */
export function importJournal(state: JournalState, payload: ImportJournalPayload): JournalResult {
  const parsedPayload = importJournalPayload.safeParse(payload)
  if (!parsedPayload.success) return fail(firstIssue(parsedPayload.error))
  const read = importJson(parsedPayload.data.text)
  if (!read.ok) return read
  const known = new Set(state.entries.map((entry) => entry.id))
  const fresh = read.state.filter((entry) => !known.has(entry.id))
  const entries = [...state.entries, ...fresh].sort(byWall)
  return ok({ ...state, entries }, [
    { type: 'journal-imported', added: fresh.length, skipped: read.state.length - fresh.length },
  ])
}
