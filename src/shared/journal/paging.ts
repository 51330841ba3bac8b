import { z } from 'zod'
import { msg } from '../i18n/catalog'
import type { JournalEntry } from './schema'
import type { JournalState } from './state'

/** The most entries one page may hold: a screenful or two, so one answer stays small whatever the journal holds. */
export const MAX_PAGE = 100

/** Where a page ends: the last entry it gave. The next page starts with the entry before it. */
export const journalCursor = z.strictObject({
  wall: z.int({ error: msg('That place in the journal is not valid.') }).min(0, {
    error: msg('That place in the journal is not valid.'),
  }),
  id: z
    .string({ error: msg('That place in the journal is not valid.') })
    .min(1, { error: msg('That place in the journal is not valid.') })
    .max(64, { error: msg('That place in the journal is not valid.') }),
})
export type JournalCursor = z.infer<typeof journalCursor>

const pageSize = msg('A page holds from 1 to 100 entries.')

/** A page of entries, newest first: the newest `limit` of them, or the `limit` before the cursor. */
export const journalPageRequest = z.strictObject({
  before: journalCursor.optional(),
  limit: z.int({ error: pageSize }).min(1, { error: pageSize }).max(MAX_PAGE, { error: pageSize }),
})
export type JournalPageRequest = z.infer<typeof journalPageRequest>

export interface JournalPage {
  /** Newest first. */
  entries: JournalEntry[]
  /** where the next (older) page starts; null when this page reaches the oldest entry */
  nextCursor: JournalCursor | null
}

/**
 * Entries keep wall-time order with ties in the order they came, so a page is a slice of that order read
 * backwards. A cursor whose entry has gone meanwhile (deleted in another window) still places the page: it goes
 * on with the entries logged before that moment.
 */
export function journalPage(state: JournalState, request: JournalPageRequest): JournalPage {
  const { entries } = state
  const end = request.before ? positionBefore(entries, request.before) : entries.length
  const start = Math.max(0, end - request.limit)
  const page = entries.slice(start, end).reverse()
  const last = page[page.length - 1]
  return { entries: page, nextCursor: start > 0 && last ? { wall: last.wall, id: last.id } : null }
}

/** Index just past the last entry that comes before the cursor in wall-time order. */
function positionBefore(entries: readonly JournalEntry[], cursor: JournalCursor): number {
  const at = entries.findIndex((entry) => entry.id === cursor.id)
  if (at >= 0 && entries[at]?.wall === cursor.wall) return at
  // the first entry at or after the cursor's moment, found by halving (entries are sorted by wall)
  let low = 0
  let high = entries.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((entries[middle]?.wall ?? Infinity) < cursor.wall) low = middle + 1
    else high = middle
  }
  return low
}
