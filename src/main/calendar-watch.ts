import type { Companion } from '../shared/app/companion'
import type { Settings } from '../shared/settings'
import type { DocumentStore } from '../shared/kernel/storage'
import type { Clock, Timers } from '../shared/kernel/time'
import type { FetchLike } from './calendar/fetch-feed'
import { setupCalendarFeeds, type CalendarFeeds } from './calendar/feeds'

export interface CalendarWatchOptions {
  companion: Pick<Companion, 'getSnapshot' | 'subscribe' | 'observe'>
  fetch: FetchLike
  clock: Clock
  timers: Timers
  timeZone: () => string
  /** where the feeds' last good copies are kept between runs */
  copies: DocumentStore
  log?: (line: string) => void
}

/**
 * Feeds the person's calendars to the core as meetings, and each feed's status to Settings. The feeds follow the
 * calendar settings: a change starts them afresh; `refresh` polls now (the host calls it on resume).
 */
export function setupCalendarWatch(options: CalendarWatchOptions): { refresh(): void; dispose(): void } {
  const { companion } = options
  let feeds: CalendarFeeds | undefined
  let applied: string | undefined

  const follow = (calendar: Settings['calendar']): void => {
    const key = JSON.stringify(calendar)
    if (key === applied) return
    applied = key
    feeds?.dispose()
    feeds = setupCalendarFeeds({
      feeds: calendar.feeds,
      myAddresses: calendar.email ? [calendar.email] : [],
      timeZone: options.timeZone,
      fetch: options.fetch,
      clock: options.clock,
      timers: options.timers,
      copies: options.copies,
      onBusy: (busy) => companion.observe({ type: 'calendar', busy }),
      onStatus: (statuses) => companion.observe({ type: 'calendar-feeds', feeds: statuses }),
      ...(options.log ? { log: options.log } : {}),
    })
  }

  follow(companion.getSnapshot().settings.calendar)
  const stopFollowing = companion.subscribe((snapshot) => follow(snapshot.settings.calendar))
  return {
    refresh: () => void feeds?.refresh(),
    dispose: () => {
      stopFollowing()
      feeds?.dispose()
    },
  }
}
