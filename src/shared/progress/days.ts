import { DAY_MS, type Instant } from '../kernel/time'
import { civilDay, civilDayKey } from '../journal/weeks'
import type { BreakRecord } from '../reminders'

/** A stretch break the person took, when prompted or of their own accord (away long enough). */
export function isTakenBreak(record: BreakRecord): boolean {
  return record.kind === 'stretch' && (record.outcome === 'taken' || record.outcome === 'natural')
}

/**
 * The last `count` local calendar days, oldest first, ending today. Days are stepped as civil dates, never as 24
 * hours of wall time, so a day of 23 or 25 hours (a DST change) is still one day.
 */
export function lastDays(at: Instant, timeZone: string, count: number): Array<{ key: string; weekday: number }> {
  const today = civilDay(at.wall, timeZone)
  return Array.from({ length: count }, (_, index) => {
    const civil = today - (count - 1 - index) * DAY_MS
    return { key: civilDayKey(civil), weekday: new Date(civil).getUTCDay() }
  })
}

/**
 * The local day of each instant, worked out once per list and zone: a snapshot is made many times a day from the
 * same histories, and each day of 60 days of records would otherwise go through the zone's rules again.
 */
const civilCache = new WeakMap<readonly unknown[], { timeZone: string; days: number[] }>()

export function civilDaysOf<T>(items: readonly T[], wallOf: (item: T) => number, timeZone: string): number[] {
  const cached = civilCache.get(items)
  if (cached?.timeZone === timeZone) return cached.days
  const days = items.map((item) => civilDay(wallOf(item), timeZone))
  civilCache.set(items, { timeZone, days })
  return days
}

/** How many of the items that pass `keep` fall on each local day of the zone the person is in now. */
export function countByDay<T>(
  items: readonly T[],
  wallOf: (item: T) => number,
  timeZone: string,
  keep: (item: T) => boolean = () => true,
): Map<string, number> {
  const days = civilDaysOf(items, wallOf, timeZone)
  const counts = new Map<string, number>()
  items.forEach((item, index) => {
    if (!keep(item)) return
    const key = civilDayKey(days[index]!)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  })
  return counts
}
