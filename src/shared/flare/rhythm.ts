import type { ReminderSettings } from '../reminders'
import { FLARE_STRETCH_MINUTES } from './rules'
import type { FlareState } from './state'

/**
 * The reminder settings in effect. Flare mode never rewrites the person's settings: it lays its shorter stretch
 * interval over them while it is on (never a longer one), so ending it leaves exactly what they had, including any
 * change they made meanwhile.
 */
export function effectiveReminderSettings(settings: ReminderSettings, flare: FlareState): ReminderSettings {
  if (!flare.active || settings.stretch.everyMinutes <= FLARE_STRETCH_MINUTES) return settings
  return { ...settings, stretch: { ...settings.stretch, everyMinutes: FLARE_STRETCH_MINUTES } }
}
