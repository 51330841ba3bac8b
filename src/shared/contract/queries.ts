import { z } from 'zod'
import * as journal from '../journal'
import type { BreakRecord } from '../reminders'
import { parseNamed, type CommandRefusal } from './commands'

/**
 * What the UI can ask for without changing anything: what the snapshot leaves out because it grows with the
 * years (every journal entry, the break history for an export). Checked like commands, answered by the companion.
 */
export const queryPayloads = {
  /** a page of journal entries, newest first */
  journalPage: journal.journalPageRequest,
  /** every break record kept, oldest first (for the journal's export) */
  breakHistory: z.strictObject({}),
} as const

export type QueryType = keyof typeof queryPayloads

/** A query as the UI writes it. */
export type Query = { [K in QueryType]: { type: K; payload?: z.input<(typeof queryPayloads)[K]> } }[QueryType]
export type ValidQuery = { [K in QueryType]: { type: K; payload: z.output<(typeof queryPayloads)[K]> } }[QueryType]

export interface QueryAnswers {
  journalPage: journal.JournalPage
  breakHistory: { breaks: BreakRecord[] }
}
export type QueryAnswer = { [K in QueryType]: { type: K } & QueryAnswers[K] }[QueryType]

export type QueryResult = { ok: true; answer: QueryAnswer } | CommandRefusal

export type ParsedQuery = { ok: true; query: ValidQuery } | CommandRefusal

export function parseQuery(raw: unknown): ParsedQuery {
  const parsed = parseNamed('query', queryPayloads, raw)
  if (!parsed.ok) return parsed
  return { ok: true, query: { type: parsed.type, payload: parsed.payload } as ValidQuery }
}
