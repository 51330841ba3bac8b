import type { Instant } from '../kernel/time'
import { DAY_MS } from '../kernel/time'
import { SPASM_TRIGGERS, type SpasmEntry, type SpasmTrigger } from './schema'
import type { JournalState } from './state'
import { civilDay, civilDayKey, isoWeek } from './weeks'
import { msg } from '../i18n/catalog'

export interface WeekPoint {
  week: string
  /** Local date of the Monday the week starts on, e.g. "2026-11-23". */
  weekStart: string
  episodes: number
  /** Mean intensity of that week's episodes, or null when there were none. */
  meanIntensity: number | null
}

function spasms(journal: JournalState): SpasmEntry[] {
  return journal.entries.filter((entry): entry is SpasmEntry => entry.kind === 'spasm')
}

/** Episodes and mean intensity per ISO week for the last `weeks` weeks, oldest first, ending with this week. */
export function weeklySeries(journal: JournalState, at: Instant, timeZone: string, weeks: number): WeekPoint[] {
  const thisMonday = isoWeek(civilDay(at.wall, timeZone)).monday
  const points = Array.from({ length: weeks }, (_, index) => {
    const monday = thisMonday - (weeks - 1 - index) * 7 * DAY_MS
    return { week: isoWeek(monday).key, weekStart: civilDayKey(monday), intensities: [] as number[] }
  })
  // Older entries cannot fall in the window (two days' margin for any zone's offset), so years of them cost nothing.
  const from = thisMonday - (weeks - 1) * 7 * DAY_MS - 2 * DAY_MS
  for (const entry of spasms(journal)) {
    if (entry.wall < from) continue
    const key = isoWeek(civilDay(entry.wall, timeZone)).key
    points.find((point) => point.week === key)?.intensities.push(entry.intensity)
  }
  return points.map(({ week, weekStart, intensities }) => ({
    week,
    weekStart,
    episodes: intensities.length,
    meanIntensity: intensities.length === 0 ? null : intensities.reduce((a, b) => a + b, 0) / intensities.length,
  }))
}

/** Breaks taken per local day for the last `days` days, oldest first; days without data count as 0. */
export function breaksPerDay(
  breaks: Array<{ day: string; taken: number }>,
  at: Instant,
  timeZone: string,
  days: number,
): Array<{ day: string; taken: number }> {
  const today = civilDay(at.wall, timeZone)
  return Array.from({ length: days }, (_, index) => {
    const day = civilDayKey(today - (days - 1 - index) * DAY_MS)
    const taken = breaks.filter((entry) => entry.day === day).reduce((sum, entry) => sum + entry.taken, 0)
    return { day, taken }
  })
}

/** How often each trigger was logged, most common first (ties keep the list order); unused triggers left out. */
export function triggerCounts(journal: JournalState): Array<{ trigger: SpasmTrigger; count: number }> {
  const counts = new Map<SpasmTrigger, number>()
  for (const entry of journal.entries) {
    if (entry.kind === 'spasm') counts.set(entry.trigger, (counts.get(entry.trigger) ?? 0) + 1)
  }
  return SPASM_TRIGGERS.map((trigger) => ({ trigger, count: counts.get(trigger) ?? 0 }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count)
}

// Unknot's own rule of thumb: no guideline our sources cite sets these numbers.
export const NUDGE_EPISODES = 3
export const NUDGE_WINDOW_DAYS = 14
export const NUDGE_MEAN_INTENSITY = 7
export const NUDGE_RECENT_ENTRIES = 3

export interface RecurrenceNudge {
  reason: 'frequent' | 'intense'
  text: string
  action: { label: string; target: { screen: 'red-flags' } }
}

// One whole paragraph per reason, so it translates as one text; the numbers are the constants above.
const NUDGE_TEXT: Record<RecurrenceNudge['reason'], string> = {
  frequent: msg(
    'You have logged 3 or more spasms in the last 14 days. This is Unknot’s own rule of thumb, not a medical ' +
      'guideline, but spasms that keep coming back or stay strong are worth talking over with a doctor or ' +
      'physiotherapist. The red-flag checker can help you decide how soon.',
  ),
  intense: msg(
    'Your last 3 spasms were rated 7 or more on average. This is Unknot’s own rule of thumb, not a medical ' +
      'guideline, but spasms that keep coming back or stay strong are worth talking over with a doctor or ' +
      'physiotherapist. The red-flag checker can help you decide how soon.',
  ),
}

/** A gentle suggestion to get checked when spasms recur or stay intense; null when neither applies. */
export function recurrenceNudge(journal: JournalState, at: Instant): RecurrenceNudge | null {
  const since = at.wall - NUDGE_WINDOW_DAYS * DAY_MS
  // Read from the newest back, only as far as the rule looks: the window, and the last few episodes.
  const recent: SpasmEntry[] = []
  const last: SpasmEntry[] = []
  for (let index = journal.entries.length - 1; index >= 0; index--) {
    const entry = journal.entries[index]
    if (!entry || entry.kind !== 'spasm' || entry.wall > at.wall) continue
    if (entry.wall > since) recent.push(entry)
    if (last.length < NUDGE_RECENT_ENTRIES) last.unshift(entry)
    else if (entry.wall <= since) break
  }
  const mean = last.reduce((sum, entry) => sum + entry.intensity, 0) / Math.max(1, last.length)
  const reason =
    recent.length >= NUDGE_EPISODES
      ? 'frequent'
      : last.length === NUDGE_RECENT_ENTRIES && mean >= NUDGE_MEAN_INTENSITY
        ? 'intense'
        : null
  if (reason === null) return null
  return {
    reason,
    text: NUDGE_TEXT[reason],
    action: { label: msg('Is this serious?'), target: { screen: 'red-flags' } },
  }
}
