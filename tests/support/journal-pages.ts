import type { QueryResult } from '../../src/shared/contract/contract'
import type { JournalCursor, JournalEntry } from '../../src/shared/journal'

/** Every journal entry a companion (or a host's api) holds, newest first, read page by page as the UI reads it. */
export async function journalEntries(
  source: { query(query: unknown): QueryResult | Promise<QueryResult> },
  limit = 100,
): Promise<JournalEntry[]> {
  const entries: JournalEntry[] = []
  let before: JournalCursor | undefined
  do {
    const result = await source.query({ type: 'journalPage', payload: before ? { before, limit } : { limit } })
    if (!result.ok || result.answer.type !== 'journalPage')
      throw new Error(`journal page refused: ${JSON.stringify(result)}`)
    entries.push(...result.answer.entries)
    before = result.answer.nextCursor ?? undefined
  } while (before)
  return entries
}
