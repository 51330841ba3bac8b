import { z } from 'zod'
import { msg } from '../i18n/catalog'
import { SNOOZE_LENGTHS } from './settings'

const breakKind = z.enum(['stretch', 'micro', 'water'], { error: msg('Choose a stretch, micro or water break.') })

export const startBreakPayload = z.object({ kind: breakKind.optional() }).strict()
export const snoozeBreakPayload = z
  .object({
    minutes: z.literal(SNOOZE_LENGTHS, { error: msg('Snooze for 5, 10, 15 or 30 minutes.') }),
  })
  .strict()
export const skipBreakPayload = z.object({}).strict()
export const endBreakPayload = z.object({}).strict()
export const leaveBreakEarlyPayload = z.object({}).strict()
export const pauseRemindersPayload = z
  .object({
    for: z.enum(['30m', '1h', 'tomorrow', 'indefinite'], {
      error: msg('Pause for 30 minutes, 1 hour, until tomorrow, or until you resume.'),
    }),
  })
  .strict()
export const resumeRemindersPayload = z.object({}).strict()
export const startMeetingPayload = z
  .object({
    // the tray offers 30, 60 and 90; a script may say any whole number of minutes up to four hours
    minutes: z
      .number({ error: msg('A meeting lasts 5 to 240 whole minutes.') })
      .int(msg('A meeting lasts 5 to 240 whole minutes.'))
      .min(5, msg('A meeting lasts 5 to 240 whole minutes.'))
      .max(240, msg('A meeting lasts 5 to 240 whole minutes.')),
  })
  .strict()
export const endMeetingPayload = z.object({}).strict()
export const previewBreakPayload = z.object({}).strict()
export const remindTodayPayload = z.object({}).strict()

export type StartBreakPayload = z.output<typeof startBreakPayload>
export type SnoozeBreakPayload = z.output<typeof snoozeBreakPayload>
export type PauseRemindersPayload = z.output<typeof pauseRemindersPayload>
export type StartMeetingPayload = z.output<typeof startMeetingPayload>
