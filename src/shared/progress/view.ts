import type { Instant } from '../kernel/time'
import type { BreakRecord, ReminderSettings, ReminderState } from '../reminders'
import type { RoutinesState } from '../routines'
import type { ProgressSettings } from './settings'
import { breakStreak, type Streak } from './streak'
import { weekProgress, type ProgressDay } from './week'
import { breakInsight, breakWeeks, type BreakInsight, type BreakWeek } from './insight'

export interface ProgressView {
  week: ProgressDay[]
  streak: Streak
  /** for the journal: breaks per desk day beside the spasms logged, week by week, and what they suggest */
  weeks: BreakWeek[]
  insight: BreakInsight | null
  /** every break record kept (the last 60 days), oldest first, for the journal's export */
  breakHistory: BreakRecord[]
}

export function progressView(
  reminders: ReminderState,
  routines: RoutinesState,
  spasmWalls: readonly number[],
  settings: { reminders: ReminderSettings; progress: ProgressSettings },
  at: Instant,
  timeZone: string,
): ProgressView {
  const weeks = breakWeeks(reminders.history, spasmWalls, at, timeZone)
  return {
    weeks,
    insight: breakInsight(weeks),
    breakHistory: reminders.history,
    week: weekProgress(reminders.history, routines.history, at, timeZone),
    streak: breakStreak(
      reminders.history,
      at,
      timeZone,
      settings.reminders.workingHours.days,
      settings.progress.dailyBreakGoal,
    ),
  }
}
