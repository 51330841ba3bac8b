import { localDayKey, type Instant } from '../kernel/time'
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
  /** how many break records are kept (the last 60 days); the journal's export asks for them with a query */
  breaksKept: number
}

interface Inputs {
  sessions: RoutinesState['history']
  spasmWalls: readonly number[]
  workingDays: readonly number[]
  goal: number
  day: string
  timeZone: string
}

function sameInputs(a: Inputs, b: Inputs): boolean {
  return (
    a.sessions === b.sessions &&
    a.workingDays.length === b.workingDays.length &&
    a.workingDays.every((day, index) => day === b.workingDays[index]) &&
    a.goal === b.goal &&
    a.day === b.day &&
    a.timeZone === b.timeZone &&
    a.spasmWalls.length === b.spasmWalls.length &&
    a.spasmWalls.every((wall, index) => wall === b.spasmWalls[index])
  )
}

/**
 * The view changes only with the histories, the settings it reads and the local day, while a snapshot is made at
 * every change anywhere: the last view per break history is kept and handed out again while nothing it reads moved.
 */
const lastViews = new WeakMap<readonly BreakRecord[], { inputs: Inputs; view: ProgressView }>()

export function progressView(
  reminders: ReminderState,
  routines: RoutinesState,
  spasmWalls: readonly number[],
  settings: { reminders: ReminderSettings; progress: ProgressSettings },
  at: Instant,
  timeZone: string,
): ProgressView {
  const history = reminders.history
  const inputs: Inputs = {
    sessions: routines.history,
    spasmWalls,
    workingDays: settings.reminders.workingHours.days,
    goal: settings.progress.dailyBreakGoal,
    day: localDayKey(at.wall, timeZone),
    timeZone,
  }
  const last = lastViews.get(history)
  if (last && sameInputs(last.inputs, inputs)) return last.view
  const weeks = breakWeeks(history, spasmWalls, at, timeZone)
  const view = {
    weeks,
    insight: breakInsight(weeks),
    breaksKept: history.length,
    week: weekProgress(history, routines.history, at, timeZone),
    streak: breakStreak(history, at, timeZone, inputs.workingDays, inputs.goal),
  }
  lastViews.set(history, { inputs, view })
  return view
}
