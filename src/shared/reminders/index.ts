export { reminderSettingsSchema, type ReminderSettings } from './settings'
