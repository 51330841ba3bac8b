import { z } from 'zod'
import { reminderSettingsSchema } from '../reminders/settings'
import { LANGUAGE_CHOICES } from '../i18n/locales'
import { therapySettingsSchema } from '../therapy/schema'
import { calendarSettingsSchema } from '../calendar/settings'
import { progressSettingsSchema } from '../progress/settings'
import { postureSettingsSchema } from '../posture/settings'
import { desktopCheckResultsSchema } from '../desktop-check/results'
import { msg } from '../i18n/catalog'

export const SETTINGS_VERSION = 2

export const soundSettingsSchema = z
  .object({
    chimes: z.boolean().default(true),
    spokenCues: z.boolean().default(false),
    volume: z
      .number({ error: msg('Volume must be a number.') })
      .min(0, msg('Volume cannot be below 0%.'))
      .max(1, msg('Volume cannot be above 100%.'))
      .default(0.6),
  })
  .strict()

export const appearanceSettingsSchema = z
  .object({
    theme: z
      .enum(['system', 'light', 'dark'], { error: msg('Theme must be system, light or dark.') })
      .default('system'),
    language: z.enum(LANGUAGE_CHOICES, { error: msg('Language must be system, en or es.') }).default('system'),
  })
  .strict()

const MODIFIER = '(CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)'
const KEY =
  "([A-Z0-9]|F([1-9]|1[0-9]|2[0-4])|Space|Tab|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Esc|Plus|[-=\\[\\];',./`])"
/** Electron accelerator with at least one modifier, so a global shortcut never swallows a plain key. */
export const ACCELERATOR_PATTERN = new RegExp(`^(${MODIFIER}\\+)+${KEY}$`)

export const systemSettingsSchema = z
  .object({
    startAtLogin: z.boolean().default(false),
    stretchShortcutEnabled: z.boolean().default(false),
    stretchShortcut: z
      .string()
      .regex(ACCELERATOR_PATTERN, msg('Use one or more modifiers and a key, such as CommandOrControl+Alt+S.'))
      .default('CommandOrControl+Alt+S'),
  })
  .strict()

/** The person's own optional daily cap (no source gives a number, so there is none by default). */
export const therapyPreferencesSchema = therapySettingsSchema.omit({ timeZone: true }).strict()

export const settingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    reminders: reminderSettingsSchema.default(() => reminderSettingsSchema.parse({})),
    sound: soundSettingsSchema.default(() => soundSettingsSchema.parse({})),
    appearance: appearanceSettingsSchema.default(() => appearanceSettingsSchema.parse({})),
    system: systemSettingsSchema.default(() => systemSettingsSchema.parse({})),
    therapy: therapyPreferencesSchema.default(() => therapyPreferencesSchema.parse({})),
    calendar: calendarSettingsSchema.default(() => calendarSettingsSchema.parse({})),
    /**
     * Whether the first-run setup was finished or skipped. A settings file written before this field existed
     * belongs to someone who already uses Unknot, so a missing value reads as done; only a profile with no
     * settings file at all starts with it false (`firstRunSettings`).
     */
    setupDone: z.boolean({ error: msg('Whether setup is done must be true or false.') }).default(true),
    progress: progressSettingsSchema.default(() => progressSettingsSchema.parse({})),
    /** absent from files written before the camera existed: it stays off */
    posture: postureSettingsSchema.default(() => postureSettingsSchema.parse({})),
    /** the last finding of each desktop check ("Check my desktop"), for the tray's warning */
    desktopCheck: desktopCheckResultsSchema,
  })
  .strict()

export type Settings = z.infer<typeof settingsSchema>

export function defaultSettings(): Settings {
  return settingsSchema.parse({ version: SETTINGS_VERSION })
}

/** The settings of a profile that has never been saved: the defaults, with the first-run setup still to come. */
export function firstRunSettings(): Settings {
  return { ...defaultSettings(), setupDone: false }
}
