import { DAY_MS, HOUR_MS, localDayKey, localParts, MINUTE_MS } from '../kernel/time'
import type { ReminderSettings } from './settings'

type Hours = ReminderSettings['workingHours']

function minutesOf(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number)
  return (hours ?? 0) * 60 + (minutes ?? 0)
}

/** Whether `wall` falls inside the working hours, read in the person's time zone (DST included). */
export function isWorkingTime(wall: number, timeZone: string, hours: Hours): boolean {
  const local = localParts(wall, timeZone)
  const minute = local.hour * 60 + local.minute
  return hours.days.includes(local.weekday) && minute >= minutesOf(hours.start) && minute < minutesOf(hours.end)
}

/**
 * The next instant working hours begin after `wall` (strictly later). Found by stepping through local minutes
 * of the next eight days, which handles DST and time-zone rules without a calendar library.
 */
export function nextWorkingStart(wall: number, timeZone: string, hours: Hours): number | null {
  if (hours.days.length === 0) return null
  const start = minutesOf(hours.start)
  // Walk whole hours to find each day's start hour, then refine to the minute.
  let probe = Math.floor(wall / MINUTE_MS) * MINUTE_MS + MINUTE_MS
  const limit = wall + 8 * DAY_MS
  while (probe < limit) {
    const local = localParts(probe, timeZone)
    const minute = local.hour * 60 + local.minute
    if (hours.days.includes(local.weekday) && minute === start) return probe
    const skip =
      hours.days.includes(local.weekday) && minute < start
        ? Math.min(start - minute, 60)
        : Math.max(1, 60 - local.minute)
    probe += skip * MINUTE_MS
  }
  return null
}

/**
 * The first instant of the next local day after `wall`. The local minutes left in the day are skipped less two
 * hours (room for a DST change on the way), then the rest is walked a minute at a time to where the day changes.
 */
export function nextLocalMidnight(wall: number, timeZone: string): number {
  const today = localDayKey(wall, timeZone)
  const local = localParts(wall, timeZone)
  const minutesLeft = 24 * 60 - (local.hour * 60 + local.minute)
  let probe = Math.floor(wall / MINUTE_MS) * MINUTE_MS + Math.max(0, minutesLeft * MINUTE_MS - 2 * HOUR_MS)
  while (localDayKey(probe, timeZone) === today) probe += MINUTE_MS
  return probe
}
