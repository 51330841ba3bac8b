import type { ReminderSettings } from './settings'

/** What every reminder function needs besides the state and the instant. */
export interface ReminderContext {
  settings: ReminderSettings
  timeZone: string
  /**
   * The host reads idle time (and asks its call detector) at the instant a prompt falls due, so prompts are raised
   * at its readings rather than at the core's own wake-ups.
   */
  readsBeforePrompts?: boolean
}
