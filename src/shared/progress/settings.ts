import { z } from 'zod'
import { msg } from '../i18n/catalog'

/** The streak's daily goal. No source sets a number of breaks a day: 4 is our own gentle default. */
export const progressSettingsSchema = z
  .object({
    dailyBreakGoal: z
      .number({ error: msg('The daily break goal must be a number.') })
      .int(msg('The daily break goal must be a whole number.'))
      .min(1, msg('The daily break goal must be at least 1 break.'))
      .max(20, msg('The daily break goal must be at most 20 breaks.'))
      .default(4),
  })
  .strict()

export type ProgressSettings = z.infer<typeof progressSettingsSchema>
