import { z } from 'zod'
import { routineSchema, sourceIdSchema } from './model'
import { msg } from '../i18n/catalog'

export const CUSTOM_PREFIX = 'custom-'

export const customIdSchema = routineSchema.shape.id.refine((id) => id.startsWith(CUSTOM_PREFIX), {
  error: msg("A custom routine's id starts with “custom-”."),
})

/** A routine a person builds or edits. Sources may be left out: they are taken from its exercises. */
export const customRoutineInputSchema = z.strictObject({
  id: customIdSchema.optional(),
  name: routineSchema.shape.name,
  description: routineSchema.shape.description.default(''),
  items: routineSchema.shape.items,
  prepareSeconds: routineSchema.shape.prepareSeconds.default(10),
  restSeconds: routineSchema.shape.restSeconds.default(10),
  sources: z.array(sourceIdSchema).default([]),
})
export type CustomRoutineInput = z.input<typeof customRoutineInputSchema>

export const startRoutinePayload = z
  .strictObject({
    /** A built-in or saved custom routine. */
    routineId: z
      .string()
      .min(1, { error: msg('Choose a routine to start.') })
      .optional(),
    /** An unsaved routine, played as it is. */
    routine: customRoutineInputSchema.optional(),
  })
  .refine((payload) => (payload.routineId === undefined) !== (payload.routine === undefined), {
    error: msg('Start either a routine from the library or a routine you made, not both or neither.'),
  })
export type StartRoutinePayload = z.input<typeof startRoutinePayload>

const noFields = z.strictObject({})
export const pauseRoutinePayload = noFields
export const resumeRoutinePayload = noFields
export const nextStepPayload = noFields
export const previousStepPayload = noFields
export const endRoutinePayload = noFields
export const closeSummaryPayload = noFields
export type EmptyPayload = z.input<typeof noFields>

export const rateSessionPayload = z.strictObject({
  rating: z
    .int({ error: msg('Choose a whole number from 0 to 10.') })
    .min(0, { error: msg('The rating goes from 0 to 10.') })
    .max(10, { error: msg('The rating goes from 0 to 10.') }),
})
export type RateSessionPayload = z.input<typeof rateSessionPayload>

export const saveCustomRoutinePayload = z.strictObject({ routine: customRoutineInputSchema })
export type SaveCustomRoutinePayload = z.input<typeof saveCustomRoutinePayload>

export const deleteCustomRoutinePayload = z.strictObject({
  routineId: z.string().startsWith(CUSTOM_PREFIX, { error: msg('Only routines you made can be deleted.') }),
})
export type DeleteCustomRoutinePayload = z.input<typeof deleteCustomRoutinePayload>

export const duplicateRoutinePayload = z.strictObject({
  routineId: z.string().min(1, { error: msg('Choose a routine to copy.') }),
})
export type DuplicateRoutinePayload = z.input<typeof duplicateRoutinePayload>

/** Player preferences the Settings screen shows (the chime and spoken cues are played by the UI). */
export const routinesSettingsSchema = z.object({
  chime: z.boolean().default(true),
  spokenCues: z.boolean().default(false),
})
export type RoutinesSettings = z.infer<typeof routinesSettingsSchema>

/** Parses a payload, or gives the first problem as a sentence. */
export function parsePayload<T extends z.ZodType>(
  schema: T,
  payload: unknown,
): { ok: true; data: z.output<T> } | { ok: false; error: string } {
  const parsed = schema.safeParse(payload)
  if (parsed.success) return { ok: true, data: parsed.data }
  return { ok: false, error: parsed.error.issues[0]?.message ?? msg('That request is not valid.') }
}
