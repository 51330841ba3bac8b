import type { Message } from '../kernel/message'

/** How reading one calendar feed went, for Settings. `url` is the feed as the settings hold it. */
export type CalendarFeedStatus =
  | { url: string; state: 'waiting'; lastGoodAtWall?: number }
  | { url: string; state: 'ok'; fetchedAtWall: number }
  | { url: string; state: 'failed'; error: Message; lastGoodAtWall?: number }
