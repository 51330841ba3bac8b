import { z } from 'zod'
import type { BusyInterval } from '../../shared/calendar/intervals'
import type { DocumentStore } from '../../shared/kernel/storage'

/** What is kept of a feed's last good copy: the busy times it gave for the days ahead, and when it was fetched. */
export interface FeedCopy {
  fetchedAtWall: number
  busy: BusyInterval[]
}

const COPIES_VERSION = 1

const copiesSchema = z.object({
  version: z.literal(COPIES_VERSION),
  feeds: z.record(
    z.string(),
    z.object({
      fetchedAtWall: z.number(),
      busy: z.array(z.object({ startWall: z.number(), endWall: z.number() })),
    }),
  ),
})

/** The kept copies of the given feeds; a stored document that cannot be read counts as none. */
export function readCopies(store: DocumentStore, feeds: readonly string[]): Map<string, FeedCopy> {
  const parsed = copiesSchema.safeParse(store.read())
  const stored = parsed.success ? parsed.data.feeds : {}
  return new Map(feeds.flatMap((url) => (stored[url] ? [[url, stored[url]] as const] : [])))
}

/** Stores the copies of the feeds still configured (a removed feed's copy goes with it). */
export function writeCopies(store: DocumentStore, copies: ReadonlyMap<string, FeedCopy>): void {
  store.write({ version: COPIES_VERSION, feeds: Object.fromEntries(copies) })
}
