import type { QueryAnswers, UnknotApi } from '../../../../shared/contract/contract'
import { MAX_PAGE, type JournalCursor, type JournalEntry } from '../../../../shared/journal'
import type { BreakRecord } from '../../../../shared/reminders'

/** A query the companion refused or could not answer, with its plain words for the person. */
export class QueryFailed extends Error {}

/** One page of entries, newest first, from the newest or from `before`. */
export async function journalPage(
  api: UnknotApi,
  limit: number,
  before?: JournalCursor,
): Promise<QueryAnswers['journalPage']> {
  const result = await api.query({ type: 'journalPage', payload: before ? { before, limit } : { limit } })
  if (!result.ok) throw new QueryFailed(result.error)
  if (result.answer.type !== 'journalPage') throw new Error('A journal page query got another answer.')
  return result.answer
}

/** The newest `count` entries (or all there are), page by page, with where the next older page starts. */
export async function newestEntries(api: UnknotApi, count: number): Promise<QueryAnswers['journalPage']> {
  const entries: JournalEntry[] = []
  let cursor: JournalCursor | undefined
  do {
    const page = await journalPage(api, Math.min(MAX_PAGE, count - entries.length), cursor)
    entries.push(...page.entries)
    cursor = page.nextCursor ?? undefined
  } while (cursor && entries.length < count)
  return { entries, nextCursor: cursor ?? null }
}

/** Every entry, oldest first, for an export: the whole journal, however long, a page at a time. */
export async function everyEntry(api: UnknotApi): Promise<JournalEntry[]> {
  return (await newestEntries(api, Number.POSITIVE_INFINITY)).entries.reverse()
}

export async function breakHistory(api: UnknotApi): Promise<BreakRecord[]> {
  const result = await api.query({ type: 'breakHistory' })
  if (!result.ok) throw new QueryFailed(result.error)
  if (result.answer.type !== 'breakHistory') throw new Error('A break history query got another answer.')
  return result.answer.breaks
}
