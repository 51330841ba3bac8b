import type { ReminderSettings } from './settings'

/** What every reminder function needs besides the state and the instant. */
export interface ReminderContext {
  settings: ReminderSettings
  timeZone: string
}
