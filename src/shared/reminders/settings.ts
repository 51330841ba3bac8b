import { z } from 'zod'

const minutes = (min: number, max: number, what: string) =>
  z
    .number({ error: `${what} must be a number of minutes.` })
    .int(`${what} must be a whole number of minutes.`)
    .min(min, `${what} must be at least ${min} minutes.`)
    .max(max, `${what} must be at most ${max} minutes.`)

const seconds = (min: number, max: number, what: string) =>
  z
    .number({ error: `${what} must be a number of seconds.` })
    .int(`${what} must be a whole number of seconds.`)
    .min(min, `${what} must be at least ${min} seconds.`)
    .max(max, `${what} must be at most ${max} seconds.`)

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time such as 09:00 (24-hour clock).')

/**
 * Interval 30 min: mayo-workday (break up sitting every 30 min); breaking up screen work at all: hse-breaks,
 * buckley-2015. The 3-minute length is our own choice — no source gives one for this interval.
 */
export const stretchKindSchema = z.object({
  enabled: z.boolean().default(true),
  everyMinutes: minutes(10, 120, 'The stretch reminder interval').default(30),
  breakSeconds: z
    .number({ error: 'A stretch break must be a number.' })
    .int('A stretch break must be a whole number of seconds.')
    .min(60, 'A stretch break must be at least 1 minute.')
    .max(900, 'A stretch break must be at most 15 minutes.')
    .default(180),
})

/** 20-second look-away: aao-202020. The 10-minute default interval is our own choice (the rule says 20 min). */
export const microKindSchema = z.object({
  enabled: z.boolean().default(false),
  everyMinutes: minutes(5, 60, 'The micro-break interval').default(10),
  breakSeconds: seconds(10, 120, 'A micro-break').default(20),
})

/** No source in the facts sheet gives a water interval: 60 min is our own default, not presented as advice. */
export const waterKindSchema = z.object({
  enabled: z.boolean().default(false),
  everyMinutes: minutes(15, 240, 'The water reminder interval').default(60),
  breakSeconds: seconds(10, 300, 'A water break').default(30),
})

export const workingHoursSchema = z
  .object({
    /** 0 = Sunday … 6 = Saturday */
    days: z
      .array(
        z.number().int().min(0, 'A day is 0 (Sunday) to 6 (Saturday).').max(6, 'A day is 0 (Sunday) to 6 (Saturday).'),
      )
      .max(7)
      .default([1, 2, 3, 4, 5]),
    start: hhmm.default('09:00'),
    end: hhmm.default('18:00'),
    remindOutside: z.boolean().default(false),
  })
  .refine((h) => h.start < h.end, { message: 'Working hours must end after they start.' })

export const reminderSettingsSchema = z.object({
  stretch: stretchKindSchema.default(() => stretchKindSchema.parse({})),
  micro: microKindSchema.default(() => microKindSchema.parse({})),
  water: waterKindSchema.default(() => waterKindSchema.parse({})),
  snoozeOptions: z.array(z.union([z.literal(5), z.literal(10)])).default([5, 10]),
  maxSnoozesInARow: z
    .number()
    .int()
    .min(1, 'Allow at least one snooze.')
    .max(10, 'At most 10 snoozes in a row.')
    .default(3),
  workingHours: workingHoursSchema.default(() => workingHoursSchema.parse({})),
  skipWarningThreshold: z.number().int().min(1, 'The skip warning needs at least 1.').max(20, 'At most 20.').default(3),
  onSleepOrLock: z.enum(['pause-and-count-as-break', 'pause', 'keep-counting']).default('pause-and-count-as-break'),
})

/** Source ids behind each default, for the UI to cite. */
export const reminderDefaultSources = {
  stretch: ['mayo-workday', 'hse-breaks', 'buckley-2015'],
  micro: ['aao-202020'],
  water: [],
} as const

export type ReminderSettings = z.infer<typeof reminderSettingsSchema>
