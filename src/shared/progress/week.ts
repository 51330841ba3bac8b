import { MINUTE_MS, type Instant } from '../kernel/time'
import { civilDay, civilDayKey } from '../journal/weeks'
import type { BreakRecord } from '../reminders'
import type { HistoryEntry } from '../routines'
import { countByDay, isTakenBreak, lastDays } from './days'

export interface ProgressDay {
  /** local date, e.g. "2026-11-25" */
  day: string
  breaks: number
  routines: number
  /** whole minutes spent in routines, finished or not */
  stretchMinutes: number
}

export const WEEK_DAYS = 7

/** The last seven local days, oldest first: breaks taken, routines finished and minutes of stretching. */
export function weekProgress(
  breaks: readonly BreakRecord[],
  sessions: readonly HistoryEntry[],
  at: Instant,
  timeZone: string,
): ProgressDay[] {
  const taken = countByDay(breaks.filter(isTakenBreak), (record) => record.atWall, timeZone)
  const finished = countByDay(
    sessions.filter((session) => session.completed),
    (session) => session.endedWall,
    timeZone,
  )
  const stretchMs = new Map<string, number>()
  for (const session of sessions) {
    const key = civilDayKey(civilDay(session.endedWall, timeZone))
    stretchMs.set(key, (stretchMs.get(key) ?? 0) + session.durationMs)
  }
  return lastDays(at, timeZone, WEEK_DAYS).map(({ key }) => ({
    day: key,
    breaks: taken.get(key) ?? 0,
    routines: finished.get(key) ?? 0,
    stretchMinutes: Math.round((stretchMs.get(key) ?? 0) / MINUTE_MS),
  }))
}
