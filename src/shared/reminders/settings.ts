import { z } from 'zod'
import { msg } from '../i18n/catalog'
// Apart from the schemas, so that a screen can read them without loading the validation library.
import { SNOOZE_LENGTHS } from './snooze'

export { reminderDefaultSources, SNOOZE_LENGTHS, type SnoozeMinutes, snoozeLengthsInOrder } from './snooze'

/** What a refused number says, one whole sentence each so it can be translated. */
interface NumberMessages {
  number: string
  whole: string
  min: string
  max: string
}

const bounded = (min: number, max: number, say: NumberMessages) =>
  z.number({ error: say.number }).int(say.whole).min(min, say.min).max(max, say.max)

export const snoozeMinutesSchema = z.literal(SNOOZE_LENGTHS, { error: msg('A snooze lasts 5, 10, 15 or 30 minutes.') })

/** The lengths the break prompt and the tray offer: at least one, each once. */
const snoozeOptionsSchema = z
  .array(snoozeMinutesSchema, { error: msg('Snooze lengths must be a list of minutes.') })
  .min(1, msg('Choose at least one snooze length.'))
  .refine((lengths) => new Set(lengths).size === lengths.length, { error: msg('Choose each snooze length once.') })

/**
 * How a due break asks for the screen: gentle (a notification and the prompt), firm (a break screen on every
 * display, with Snooze and Skip) or strict (the break screen without them; only a few early exits a day).
 */
export const breakModeSchema = z
  .enum(['gentle', 'firm', 'strict'], { error: msg('A break mode is gentle, firm or strict.') })
  .default('gentle')
export type BreakMode = z.output<typeof breakModeSchema>

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, msg('Use a time such as 09:00 (24-hour clock).'))

/**
 * Interval 30 min: mayo-workday (break up sitting every 30 min); breaking up screen work at all: hse-breaks,
 * buckley-2015. The 3-minute length is our own choice — no source gives one for this interval.
 */
export const stretchKindSchema = z.object({
  enabled: z.boolean().default(true),
  mode: breakModeSchema,
  everyMinutes: bounded(10, 120, {
    number: msg('The stretch reminder interval must be a number of minutes.'),
    whole: msg('The stretch reminder interval must be a whole number of minutes.'),
    min: msg('The stretch reminder interval must be at least 10 minutes.'),
    max: msg('The stretch reminder interval must be at most 120 minutes.'),
  }).default(30),
  breakSeconds: z
    .number({ error: msg('A stretch break must be a number.') })
    .int(msg('A stretch break must be a whole number of seconds.'))
    .min(60, msg('A stretch break must be at least 1 minute.'))
    .max(900, msg('A stretch break must be at most 15 minutes.'))
    .default(180),
})

/** 20-second look-away: aao-202020. The 10-minute default interval is our own choice (the rule says 20 min). */
export const microKindSchema = z.object({
  enabled: z.boolean().default(false),
  mode: breakModeSchema,
  everyMinutes: bounded(5, 60, {
    number: msg('The micro-break interval must be a number of minutes.'),
    whole: msg('The micro-break interval must be a whole number of minutes.'),
    min: msg('The micro-break interval must be at least 5 minutes.'),
    max: msg('The micro-break interval must be at most 60 minutes.'),
  }).default(10),
  breakSeconds: bounded(10, 120, {
    number: msg('A micro-break must be a number of seconds.'),
    whole: msg('A micro-break must be a whole number of seconds.'),
    min: msg('A micro-break must be at least 10 seconds.'),
    max: msg('A micro-break must be at most 120 seconds.'),
  }).default(20),
})

/** No source we cite gives a water interval: 60 min is our own default, not presented as advice. */
export const waterKindSchema = z.object({
  enabled: z.boolean().default(false),
  mode: breakModeSchema,
  everyMinutes: bounded(15, 240, {
    number: msg('The water reminder interval must be a number of minutes.'),
    whole: msg('The water reminder interval must be a whole number of minutes.'),
    min: msg('The water reminder interval must be at least 15 minutes.'),
    max: msg('The water reminder interval must be at most 240 minutes.'),
  }).default(60),
  breakSeconds: bounded(10, 300, {
    number: msg('A water break must be a number of seconds.'),
    whole: msg('A water break must be a whole number of seconds.'),
    min: msg('A water break must be at least 10 seconds.'),
    max: msg('A water break must be at most 300 seconds.'),
  }).default(30),
})

export const workingHoursSchema = z
  .object({
    /** 0 = Sunday … 6 = Saturday */
    days: z
      .array(
        z
          .number()
          .int()
          .min(0, msg('A day is 0 (Sunday) to 6 (Saturday).'))
          .max(6, msg('A day is 0 (Sunday) to 6 (Saturday).')),
      )
      .max(7)
      .default([1, 2, 3, 4, 5]),
    start: hhmm.default('09:00'),
    end: hhmm.default('18:00'),
    remindOutside: z.boolean().default(false),
  })
  .refine((h) => h.start < h.end, { message: msg('Working hours must end after they start.') })

export const reminderSettingsSchema = z.object({
  stretch: stretchKindSchema.default(() => stretchKindSchema.parse({})),
  micro: microKindSchema.default(() => microKindSchema.parse({})),
  water: waterKindSchema.default(() => waterKindSchema.parse({})),
  snoozeOptions: snoozeOptionsSchema.default([5, 10]),
  maxSnoozesInARow: z
    .number()
    .int()
    .min(1, msg('Allow at least one snooze.'))
    .max(10, msg('At most 10 snoozes in a row.'))
    .default(3),
  /** Early exits a day from a strict break (hold Esc, or type the word shown); none left means it runs to its end. */
  strictExitsPerDay: bounded(0, 5, {
    number: msg('The early exits a day must be a number.'),
    whole: msg('The early exits a day must be a whole number.'),
    min: msg('The early exits a day cannot be below 0.'),
    max: msg('At most 5 early exits a day.'),
  }).default(2),
  workingHours: workingHoursSchema.default(() => workingHoursSchema.parse({})),
  skipWarningThreshold: z
    .number()
    .int()
    .min(1, msg('The skip warning needs at least 1.'))
    .max(20, msg('At most 20.'))
    .default(3),
  /** No input for this long is away (from the last input); anything shorter is sitting: reading, thinking. */
  awayAfterMinutes: bounded(2, 15, {
    number: msg('The away time must be a number of minutes.'),
    whole: msg('The away time must be a whole number of minutes.'),
    min: msg('The away time must be at least 2 minutes.'),
    max: msg('The away time must be at most 15 minutes.'),
  }).default(5),
  /** A call longer than this gets one quiet notification (calls hold prompts, so a long one would hold them all). */
  longCallMinutes: bounded(30, 240, {
    number: msg('The long-call time must be a number of minutes.'),
    whole: msg('The long-call time must be a whole number of minutes.'),
    min: msg('The long-call time must be at least 30 minutes.'),
    max: msg('The long-call time must be at most 240 minutes.'),
  }).default(90),
  onSleepOrLock: z.enum(['pause-and-count-as-break', 'pause', 'keep-counting']).default('pause-and-count-as-break'),
})

export type ReminderSettings = z.infer<typeof reminderSettingsSchema>
