export { reminderSettingsSchema, reminderDefaultSources, type ReminderSettings } from './settings'
