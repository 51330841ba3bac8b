import { DAY_MS, type Instant } from '../kernel/time'
import { civilDay, civilDayKey, isoWeek } from '../journal/weeks'
import type { BreakRecord } from '../reminders'
import { civilDaysOf, isTakenBreak } from './days'

export interface BreakWeek {
  /** local date of the week's Monday */
  weekStart: string
  /** breaks taken per day at the desk (a day with any stretch-break record), or null with no such day */
  breaksPerDay: number | null
  spasms: number
}

/**
 * Unknot's own line, after the example the feature was asked with; no source sets a number of breaks. Weeks at or
 * above it are compared with the weeks below it.
 */
export const MANY_BREAKS_PER_DAY = 5
/** Fewer finished weeks with break data than this and no sentence is offered at all. */
export const MIN_WEEKS = 4
export const INSIGHT_WEEKS = 8

export interface BreakInsight {
  threshold: number
  /** spasms per week, on average, in the weeks with many breaks and in the others */
  withMany: number
  withFewer: number
  weeks: number
}

/** Finished weeks and this one, oldest first: breaks per desk day beside the spasms logged. */
export function breakWeeks(
  breaks: readonly BreakRecord[],
  spasmWalls: readonly number[],
  at: Instant,
  timeZone: string,
): BreakWeek[] {
  const thisMonday = isoWeek(civilDay(at.wall, timeZone)).monday
  const breakDays = civilDaysOf(breaks, (record) => record.atWall, timeZone)
  const weeks = Array.from({ length: INSIGHT_WEEKS }, (_, index) => ({
    monday: thisMonday - (INSIGHT_WEEKS - 1 - index) * 7 * DAY_MS,
    deskDays: new Set<number>(),
    taken: 0,
    spasms: 0,
  }))
  const weekOf = (civil: number) => {
    const { monday } = isoWeek(civil)
    return weeks.find((week) => week.monday === monday)
  }
  // Spasms before the first week (with two days' margin for any zone) cannot count: years of them cost nothing.
  const from = (weeks[0]?.monday ?? 0) - 2 * DAY_MS
  breaks.forEach((record, index) => {
    const civil = breakDays[index]!
    const week = record.kind === 'stretch' ? weekOf(civil) : undefined
    if (!week) return
    week.deskDays.add(civil)
    if (isTakenBreak(record)) week.taken++
  })
  for (const wall of spasmWalls) {
    if (wall < from) continue
    const week = weekOf(civilDay(wall, timeZone))
    if (week) week.spasms++
  }
  return weeks.map((week) => ({
    weekStart: civilDayKey(week.monday),
    breaksPerDay: week.deskDays.size === 0 ? null : week.taken / week.deskDays.size,
    spasms: week.spasms,
  }))
}

const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length

/**
 * One honest sentence, or none: with at least 4 finished weeks of break data, some with many breaks a day and some
 * with fewer, and only when the weeks with many breaks had fewer spasms. A pattern, never offered as a cause.
 */
export function breakInsight(weeks: readonly BreakWeek[]): BreakInsight | null {
  const finished = weeks.slice(0, -1).filter((week) => week.breaksPerDay !== null)
  if (finished.length < MIN_WEEKS) return null
  const many = finished.filter((week) => (week.breaksPerDay ?? 0) >= MANY_BREAKS_PER_DAY).map((week) => week.spasms)
  const fewer = finished.filter((week) => (week.breaksPerDay ?? 0) < MANY_BREAKS_PER_DAY).map((week) => week.spasms)
  if (many.length === 0 || fewer.length === 0) return null
  const withMany = mean(many)
  const withFewer = mean(fewer)
  if (withMany >= withFewer) return null
  return { threshold: MANY_BREAKS_PER_DAY, withMany, withFewer, weeks: finished.length }
}
