import { z } from 'zod'
import { msg } from '../i18n/catalog'
import { feedAddressProblem } from './address'

export const MAX_CALENDAR_FEEDS = 5

const feedAddress = z
  .string({ error: msg('A calendar address must be text.') })
  .trim()
  .superRefine((address, context) => {
    const problem = feedAddressProblem(address)
    if (problem) context.addIssue({ code: 'custom', message: problem })
  })

/** Optional calendar feeds whose busy events count as meetings, and the person's address to spot declined ones. */
export const calendarSettingsSchema = z
  .object({
    feeds: z
      .array(feedAddress)
      .max(MAX_CALENDAR_FEEDS, msg('Unknot reads at most 5 calendars.'))
      .refine((feeds) => new Set(feeds).size === feeds.length, msg('That calendar is already in the list.'))
      .default([]),
    email: z
      .union([z.literal(''), z.email(msg('Enter an e-mail address such as ana@example.com, or leave it empty.'))])
      .default(''),
  })
  .strict()

export type CalendarSettings = z.infer<typeof calendarSettingsSchema>
