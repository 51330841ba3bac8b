import { z } from 'zod'
import { MAX_SESSION_MINUTES, MIN_SESSION_MINUTES, THERAPY_KINDS, maxSessionMessage } from './limits'
import { PRESET_IDS } from './presets'
import { SAFETY_ITEM_IDS } from './safety'
import { msg } from '../i18n/catalog'

const kindSchema = z.enum(THERAPY_KINDS, { error: msg('Choose cold or heat.') })
const presetIdSchema = z.enum(PRESET_IDS, { error: msg('Choose one of the therapy presets.') })

export const startSessionPayload = z
  .strictObject({
    kind: kindSchema,
    minutes: z
      .int({ error: msg('Choose a whole number of minutes.') })
      .min(MIN_SESSION_MINUTES, { error: msg('A session lasts at least 1 minute.') }),
    presetId: presetIdSchema,
  })
  .superRefine((payload, ctx) => {
    if (payload.minutes > MAX_SESSION_MINUTES[payload.kind])
      ctx.addIssue({ code: 'custom', path: ['minutes'], message: maxSessionMessage(payload.kind) })
  })
export type StartSessionPayload = z.input<typeof startSessionPayload>

export const startEpisodePayload = z.strictObject({
  presetId: presetIdSchema,
  note: z
    .string()
    .trim()
    .max(280, { error: msg('Keep the note under 280 characters.') })
    .optional(),
  area: z
    .string()
    .trim()
    .max(60, { error: msg('Keep the area under 60 characters.') })
    .optional(),
})
export type StartEpisodePayload = z.input<typeof startEpisodePayload>

export const confirmSafetyPayload = z.strictObject({
  itemIds: z
    .array(z.enum(SAFETY_ITEM_IDS as [string, ...string[]], { error: msg('That is not one of the safety items.') }))
    .refine((ids) => SAFETY_ITEM_IDS.every((id) => ids.includes(id)), {
      error: msg('Please read and tick every item on the safety list before the first session.'),
    }),
})
export type ConfirmSafetyPayload = z.input<typeof confirmSafetyPayload>

const noFields = z.strictObject({})
export const pauseSessionPayload = noFields
export const resumeSessionPayload = noFields
export const addMinutePayload = noFields
export const endSessionPayload = noFields
export const acknowledgeEndPayload = noFields
export const dismissSkinCheckPayload = noFields
export const endEpisodePayload = noFields
export type EmptyPayload = z.input<typeof noFields>

export const therapySettingsSchema = z.object({
  /** Only set by the person; null = no cap (no source gives a number of sessions a day). */
  dailySessionCap: z
    .int({ error: msg('Choose a whole number of sessions.') })
    .min(1, { error: msg('A daily limit is at least 1 session.') })
    .max(24, { error: msg('A daily limit is at most 24 sessions.') })
    .nullable()
    .default(null),
  timeZone: z.string().min(1).default('UTC'),
})
export type TherapySettings = z.output<typeof therapySettingsSchema>

/** Turns a zod failure into one sentence a person can read. */
export function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? msg('That request could not be understood.')
}
