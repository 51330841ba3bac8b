export {
  reminderSettingsSchema,
  reminderDefaultSources,
  breakModeSchema,
  type BreakMode,
  stretchKindSchema,
  workingHoursSchema,
  SNOOZE_LENGTHS,
  snoozeLengthsInOrder,
  type ReminderSettings,
  type SnoozeMinutes,
} from './settings'
export type { ReminderContext } from './context'
export {
  BREAK_KINDS,
  BREAK_OUTCOMES,
  HISTORY_DAYS,
  initialReminderState,
  type BreakKind,
  type BreakOutcome,
  type BreakRecord,
  type AwayReason,
  type BusyInterval,
  type EarlyExits,
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
  msUntilPrompt,
  type Transition,
} from './engine'
export { earlyExitsLeft, modeOf, strictShowing } from './modes'
export { WARNING_MS } from './warning'
export { callCheckNeeded, nextReadingMs, SLOW_READING_MS } from './readings'
export * from './schema'
export {
  endBreak,
  endMeeting,
  leaveBreakEarly,
  pauseReminders,
  previewBreak,
  remindToday,
  resumeReminders,
  skipBreak,
  snoozeBreak,
  startBreak,
  startMeeting,
} from './commands'
export { reminderView, reminderViewKey, type ReminderStatus, type ReminderView, type ReminderWait } from './view'
export { remindersNeedSaving, restoreReminders } from './restore'
export { isWorkingTime, nextLocalMidnight, nextWorkingStart } from './working-hours'
export { mergeBreaks } from './history'
