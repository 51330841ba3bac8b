import { z } from 'zod'

export const SETTINGS_VERSION = 1

export const soundSettingsSchema = z
  .object({
    chimes: z.boolean().default(true),
    spokenCues: z.boolean().default(false),
    volume: z
      .number({ error: 'Volume must be a number.' })
      .min(0, 'Volume cannot be below 0%.')
      .max(1, 'Volume cannot be above 100%.')
      .default(0.6),
  })
  .strict()

export const appearanceSettingsSchema = z
  .object({
    theme: z.enum(['system', 'light', 'dark'], { error: 'Theme must be system, light or dark.' }).default('system'),
  })
  .strict()

export const settingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    sound: soundSettingsSchema.default(() => soundSettingsSchema.parse({})),
    appearance: appearanceSettingsSchema.default(() => appearanceSettingsSchema.parse({})),
  })
  .strict()

export type Settings = z.infer<typeof settingsSchema>

export function defaultSettings(): Settings {
  return settingsSchema.parse({ version: SETTINGS_VERSION })
}
