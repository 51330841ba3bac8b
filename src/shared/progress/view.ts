import type { Instant } from '../kernel/time'
import type { ReminderSettings, ReminderState } from '../reminders'
import type { RoutinesState } from '../routines'
import type { ProgressSettings } from './settings'
import { breakStreak, type Streak } from './streak'
import { weekProgress, type ProgressDay } from './week'

export interface ProgressView {
  week: ProgressDay[]
  streak: Streak
}

export function progressView(
  reminders: ReminderState,
  routines: RoutinesState,
  settings: { reminders: ReminderSettings; progress: ProgressSettings },
  at: Instant,
  timeZone: string,
): ProgressView {
  return {
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
