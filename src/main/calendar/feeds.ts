import { busyIntervals } from '../../shared/calendar/busy'
import { clipIntervals, mergeIntervals, type BusyInterval } from '../../shared/calendar/intervals'
import type { CalendarFeedStatus } from '../../shared/calendar/status'
import type { Message } from '../../shared/kernel/message'
import type { DocumentStore } from '../../shared/kernel/storage'
import { DAY_MS, HOUR_MS, MINUTE_MS, type Clock, type TimerHandle, type Timers } from '../../shared/kernel/time'
import { readCopies, writeCopies, type FeedCopy } from './copies'
import { fetchFeed, type FetchLike } from './fetch-feed'

export const POLL_EVERY_MS = 15 * MINUTE_MS
export const FETCH_TIMEOUT_MS = 30_000
export const MAX_FEED_BYTES = 5 * 1024 * 1024
/** How far ahead the busy times go to the core; a poll every 15 minutes keeps this window moving. */
export const BUSY_AHEAD_MS = 36 * HOUR_MS
/** How far ahead a copy is kept, so a computer offline for days still knows its meetings. */
export const COPY_AHEAD_MS = 14 * DAY_MS

export interface CalendarFeedsOptions {
  /** the feed addresses, as the settings hold them */
  feeds: readonly string[]
  /** the person's e-mail addresses, to recognise the events they declined */
  myAddresses: readonly string[]
  /** the person's IANA zone, for floating times */
  timeZone: () => string
  fetch: FetchLike
  clock: Clock
  timers: Timers
  /** where the last good copies live between runs */
  copies: DocumentStore
  /** the merged busy times from now to BUSY_AHEAD_MS, after every poll */
  onBusy: (busy: BusyInterval[]) => void
  /** each feed's status, in the order of `feeds`, after every poll */
  onStatus: (statuses: CalendarFeedStatus[]) => void
  /** one line per fetch, naming the feed by its place in the list, never by its address */
  log?: (line: string) => void
}

export interface CalendarFeeds {
  /** polls every feed now (the host calls it on resume); while a poll runs, waits for that one */
  refresh(): Promise<void>
  dispose(): void
}

/**
 * Polls the calendar feeds every 15 minutes. A feed that fails keeps its last good copy (kept on disk too), and its
 * status says why it failed and when the copy was fetched. Change the feeds by disposing and setting up again.
 */
export function setupCalendarFeeds(options: CalendarFeedsOptions): CalendarFeeds {
  const { feeds, clock, timers } = options
  const copies = readCopies(options.copies, feeds)
  let statuses: CalendarFeedStatus[] = feeds.map((url) => waiting(url, copies.get(url)))
  let running: Promise<void> | undefined
  let next: TimerHandle | undefined
  const shutdown = new AbortController()

  const publish = (): void => {
    if (shutdown.signal.aborted) return
    const now = clock.now()
    const busy = [...copies.values()].flatMap((copy) => copy.busy)
    options.onStatus(statuses)
    options.onBusy(mergeIntervals(clipIntervals(busy, { fromWall: now, toWall: now + BUSY_AHEAD_MS })))
  }

  const failure = (url: string, index: number, error: Message): CalendarFeedStatus => {
    options.log?.(`calendar feed ${index + 1}: failed: ${error.text}`)
    const lastGoodAtWall = copies.get(url)?.fetchedAtWall
    return lastGoodAtWall === undefined
      ? { url, state: 'failed', error }
      : { url, state: 'failed', error, lastGoodAtWall }
  }

  const pollOne = async (url: string, index: number): Promise<CalendarFeedStatus> => {
    const fetched = await fetchFeed(url, {
      fetch: options.fetch,
      timers,
      timeoutMs: FETCH_TIMEOUT_MS,
      maxBytes: MAX_FEED_BYTES,
      signal: shutdown.signal,
    })
    if (!fetched.ok) return failure(url, index, fetched.error)
    const now = clock.now()
    const read = busyIntervals(
      fetched.text,
      { fromWall: now, toWall: now + COPY_AHEAD_MS },
      { timeZone: options.timeZone(), myAddresses: options.myAddresses },
    )
    if (!read.ok) return failure(url, index, read.message ?? { text: read.error })
    copies.set(url, { fetchedAtWall: now, busy: read.state })
    options.log?.(`calendar feed ${index + 1}: read`)
    return { url, state: 'ok', fetchedAtWall: now }
  }

  const poll = async (): Promise<void> => {
    if (next) timers.clear(next)
    next = undefined
    statuses = await Promise.all(feeds.map(pollOne))
    if (shutdown.signal.aborted) return
    if (statuses.some((status) => status.state === 'ok')) writeCopies(options.copies, copies)
    publish()
    next = timers.setTimeout(() => void refresh(), POLL_EVERY_MS)
  }

  const refresh = (): Promise<void> => {
    if (shutdown.signal.aborted || feeds.length === 0) return Promise.resolve()
    running ??= poll().finally(() => {
      running = undefined
    })
    return running
  }

  publish()
  void refresh()
  return {
    refresh,
    dispose() {
      shutdown.abort()
      if (next) timers.clear(next)
    },
  }
}

function waiting(url: string, copy: FeedCopy | undefined): CalendarFeedStatus {
  return copy ? { url, state: 'waiting', lastGoodAtWall: copy.fetchedAtWall } : { url, state: 'waiting' }
}
