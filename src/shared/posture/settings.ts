import { z } from 'zod'
import { msg } from '../i18n/catalog'

/**
 * The camera is off until the person turns it on. Every number below is our own choice, not advice from a source:
 * a glance every 30 s notices an absence within a minute; a drift must last 3 minutes before it is a posture and not
 * a look at the keyboard; a nudge at most every 30 minutes stays gentle.
 */
export const postureSettingsSchema = z
  .object({
    enabled: z.boolean().default(false),
    glanceSeconds: z
      .number({ error: msg('The time between camera glances must be a number of seconds.') })
      .int(msg('The time between camera glances must be a whole number of seconds.'))
      .min(10, msg('The time between camera glances must be at least 10 seconds.'))
      .max(300, msg('The time between camera glances must be at most 300 seconds.'))
      .default(30),
    /** how far (percent of the calibrated face size) the head may move before it counts as a drift */
    deadZonePercent: z
      .number({ error: msg('The dead zone must be a number.') })
      .int(msg('The dead zone must be a whole number.'))
      .min(5, msg('The dead zone must be at least 5%.'))
      .max(40, msg('The dead zone must be at most 40%.'))
      .default(15),
    holdMinutes: z
      .number({ error: msg('The drift time must be a number of minutes.') })
      .int(msg('The drift time must be a whole number of minutes.'))
      .min(1, msg('The drift time must be at least 1 minute.'))
      .max(15, msg('The drift time must be at most 15 minutes.'))
      .default(3),
    nudgeEveryMinutes: z
      .number({ error: msg('The time between posture nudges must be a number of minutes.') })
      .int(msg('The time between posture nudges must be a whole number of minutes.'))
      .min(10, msg('The time between posture nudges must be at least 10 minutes.'))
      .max(240, msg('The time between posture nudges must be at most 240 minutes.'))
      .default(30),
  })
  .strict()

export type PostureSettings = z.infer<typeof postureSettingsSchema>
