export {
  reminderSettingsSchema,
  reminderDefaultSources,
  stretchKindSchema,
  workingHoursSchema,
  type ReminderSettings,
} from './settings'
export type { ReminderContext } from './context'
export {
  BREAK_KINDS,
  HISTORY_DAYS,
  initialReminderState,
  type BreakKind,
  type BreakOutcome,
  type BreakRecord,
  type Pause,
  type ReminderEvent,
  type ReminderState,
} from './state'
export {
  ABSORB_WINDOW_MS,
  MAX_COUNTED_GAP_MS,
  STILL_WORKING_IDLE_SECONDS,
  advance,
  comeBack,
  counting,
  goAway,
  nextWakeMs,
  observeIdle,
  setFullscreen,
  type Step,
} from './engine'
export * from './schema'
export {
  endBreak,
  endMeeting,
  pauseReminders,
  resumeReminders,
  skipBreak,
  snoozeBreak,
  startBreak,
  startMeeting,
} from './commands'
export { reminderView, reminderViewKey, type ReminderStatus, type ReminderView } from './view'
export { remindersNeedSaving, restoreReminders } from './restore'
export { isWorkingTime, nextWorkingStart } from './working-hours'
