import type { Instant } from '../kernel/time'
import { HISTORY_DAYS, type BreakRecord } from '../reminders'
import { countByDay, isTakenBreak, lastDays } from './days'

export interface Streak {
  /** working days in a row that reached the goal */
  days: number
  goal: number
  /** today is a working day that has reached the goal already */
  todayMet: boolean
}

/**
 * Working days in a row, in the local calendar, with at least `goal` breaks taken. Only a working day on which
 * Unknot saw the person at work and the goal was missed ends a streak: days off, days with no break record at all
 * (away, paused, on leave) and today while it is still under way leave it standing.
 */
export function breakStreak(
  breaks: readonly BreakRecord[],
  at: Instant,
  timeZone: string,
  workingDays: readonly number[],
  goal: number,
): Streak {
  const wallOf = (record: BreakRecord): number => record.atWall
  const taken = countByDay(breaks, wallOf, timeZone, isTakenBreak)
  const atWork = countByDay(breaks, wallOf, timeZone, (record) => record.kind === 'stretch')
  const days = lastDays(at, timeZone, HISTORY_DAYS).reverse()
  let count = 0
  for (const [index, day] of days.entries()) {
    if (!workingDays.includes(day.weekday)) continue
    if ((taken.get(day.key) ?? 0) >= goal) count++
    else if (index > 0 && atWork.has(day.key)) break
  }
  const today = days[0]
  const todayMet = today !== undefined && workingDays.includes(today.weekday) && (taken.get(today.key) ?? 0) >= goal
  return { days: count, goal, todayMet }
}
