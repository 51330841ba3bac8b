export { reminderSettingsSchema, reminderDefaultSources, type ReminderSettings } from './settings'
export {
  initialReminderState,
  observeIdle,
  MAX_COUNTED_GAP_MS,
  type ReminderState,
  type BreakKind,
} from './accounting'
export { checkDue, ABSORB_WINDOW_MS, type ReminderEvent } from './due'
