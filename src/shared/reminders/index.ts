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
  type AwayReason,
  type BusyInterval,
  type Hold,
  type Pause,
  type ReminderEvent,
  type ReminderState,
} from './state'
export {
  ABSORB_WINDOW_MS,
  advance,
  awayAfterMs,
  cameraAway,
  comeBack,
  counting,
  goAway,
  holdAt,
  msUntilDue,
  nextWakeMs,
  observeIdle,
  present,
  setCalendar,
  setCall,
  setFullscreen,
  type Transition,
} from './engine'
export { callCheckNeeded, nextReadingMs, SLOW_READING_MS } from './readings'
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
export { reminderView, reminderViewKey, type ReminderStatus, type ReminderView, type ReminderWait } from './view'
export { remindersNeedSaving, restoreReminders } from './restore'
export { isWorkingTime, nextWorkingStart } from './working-hours'
