import { DAY_MS, localParts } from '../kernel/time'

/** A civil date as UTC midnight ms; used only for calendar arithmetic, never as an instant. */
export function civilDay(epochMs: number, timeZone: string): number {
  const { year, month, day } = localParts(epochMs, timeZone)
  return Date.UTC(year, month - 1, day)
}

export function civilDayKey(civil: number): string {
  return new Date(civil).toISOString().slice(0, 10)
}

/** ISO 8601 week of a civil date, e.g. "2026-W48", and the Monday it starts on. */
export function isoWeek(civil: number): { key: string; monday: number } {
  const weekday = (new Date(civil).getUTCDay() + 6) % 7
  const monday = civil - weekday * DAY_MS
  const thursday = monday + 3 * DAY_MS
  const year = new Date(thursday).getUTCFullYear()
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1
  return { key: `${year}-W${String(week).padStart(2, '0')}`, monday }
}
