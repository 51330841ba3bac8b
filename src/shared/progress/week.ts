import { MINUTE_MS, type Instant } from '../kernel/time'
import { civilDayKey } from '../journal/weeks'
import type { BreakRecord } from '../reminders'
import type { HistoryEntry } from '../routines'
import { civilDaysOf, countByDay, isTakenBreak, lastDays } from './days'

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
  const taken = countByDay(breaks, (record) => record.atWall, timeZone, isTakenBreak)
  const endedWall = (session: HistoryEntry): number => session.endedWall
  const finished = countByDay(sessions, endedWall, timeZone, (session) => session.completed)
  const sessionDays = civilDaysOf(sessions, endedWall, timeZone)
  const stretchMs = new Map<string, number>()
  sessions.forEach((session, index) => {
    const key = civilDayKey(sessionDays[index]!)
    stretchMs.set(key, (stretchMs.get(key) ?? 0) + session.durationMs)
  })
  return lastDays(at, timeZone, WEEK_DAYS).map(({ key }) => ({
    day: key,
    breaks: taken.get(key) ?? 0,
    routines: finished.get(key) ?? 0,
    stretchMinutes: Math.round((stretchMs.get(key) ?? 0) / MINUTE_MS),
  }))
}
