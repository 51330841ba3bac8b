export { progressSettingsSchema, type ProgressSettings } from './settings'
export { civilDaysOf, countByDay, isTakenBreak, lastDays } from './days'
export { weekProgress, WEEK_DAYS, type ProgressDay } from './week'
export { breakStreak, type Streak } from './streak'
export {
  breakInsight,
  breakWeeks,
  INSIGHT_WEEKS,
  MANY_BREAKS_PER_DAY,
  MIN_WEEKS,
  type BreakInsight,
  type BreakWeek,
} from './insight'
export { progressView, type ProgressView } from './view'
