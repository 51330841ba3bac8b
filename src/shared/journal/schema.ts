import { z } from 'zod'
import { msg } from '../i18n/catalog'

export const SPASM_AREAS = ['lower', 'upper', 'neck'] as const
export const SPASM_SIDES = ['left', 'right', 'both', 'centre'] as const
export const SPASM_TRIGGERS = ['lifting', 'long-sitting', 'stress', 'exercise', 'woke-up', 'other'] as const
export const RATING_SOURCES = ['routine', 'therapy', 'break', 'red-flags'] as const
export const RED_FLAG_OUTCOMES = ['emergency', 'urgent', 'appointment', 'self-care'] as const
export const MAX_NOTE_LENGTH = 500

const area = z.enum(SPASM_AREAS, { error: msg('Choose lower back, upper back or neck.') })
const side = z.enum(SPASM_SIDES, { error: msg('Choose left, right, both or centre.') })
const trigger = z.enum(SPASM_TRIGGERS, { error: msg('Choose what was happening from the list.') })
const score = (say: { whole: string; range: string }) =>
  z.int({ error: say.whole }).min(0, { error: say.range }).max(10, { error: say.range })
const note = z
  .string()
  .trim()
  .max(MAX_NOTE_LENGTH, { error: msg('Keep the note to 500 characters.') })
const wall = z
  .int({ error: msg('The time must be a whole number of milliseconds.') })
  .min(0, { error: msg('The time is invalid.') })
const entryId = z
  .string()
  .min(1, { error: msg('Each entry needs an id.') })
  .max(64, { error: msg('That entry id is too long.') })
const ref = z.string().max(100, { error: msg('Keep the reference under 100 characters.') })

const intensity = score({
  whole: msg('Intensity must be a whole number from 0 to 10.'),
  range: msg('Intensity goes from 0 to 10.'),
})

export const spasmFields = {
  area,
  side,
  intensity,
  trigger,
  note: note.default(''),
}

export const spasmEntrySchema = z.object({ kind: z.literal('spasm'), id: entryId, wall, ...spasmFields })

const ratingFields = {
  source: z.enum(RATING_SOURCES, { error: msg('Unknown rating source.') }),
  rating: score({
    whole: msg('A rating must be a whole number from 0 to 10.'),
    range: msg('A rating goes from 0 to 10.'),
  })
    .nullable()
    .default(null),
  outcome: z
    .enum(RED_FLAG_OUTCOMES, { error: msg('Unknown checker outcome.') })
    .nullable()
    .default(null),
  ref: ref.nullable().default(null),
}

function oneValue(entry: { rating: number | null; outcome: string | null }): boolean {
  return (entry.rating === null) !== (entry.outcome === null)
}
const oneValueMessage = { error: msg('A rating entry has either a 0–10 rating or a checker outcome, not both.') }

/** A rating after a routine, therapy session or break (0–10), or the outcome of the red-flag checker. */
export const ratingEntrySchema = z
  .object({ kind: z.literal('rating'), id: entryId, wall, ...ratingFields })
  .refine(oneValue, oneValueMessage)

export const journalEntrySchema = z.discriminatedUnion('kind', [spasmEntrySchema, ratingEntrySchema])

export type SpasmEntry = z.infer<typeof spasmEntrySchema>
export type RatingEntry = z.infer<typeof ratingEntrySchema>
export type JournalEntry = z.infer<typeof journalEntrySchema>
export type SpasmArea = SpasmEntry['area']
export type SpasmSide = SpasmEntry['side']
export type SpasmTrigger = SpasmEntry['trigger']

export const logSpasmPayload = z.strictObject({
  ...spasmFields,
  /** When the episode happened, if not now (logging it afterwards). */
  wall: wall.optional(),
})
export type LogSpasmPayload = z.input<typeof logSpasmPayload>

export const logRatingPayload = z.strictObject(ratingFields).refine(oneValue, oneValueMessage)
export type LogRatingPayload = z.input<typeof logRatingPayload>

/** Changes to a spasm episode; only the fields given are changed. */
export const editEntryPayload = z.strictObject({
  id: entryId,
  area: area.optional(),
  side: side.optional(),
  intensity: intensity.optional(),
  trigger: trigger.optional(),
  note: note.optional(),
  wall: wall.optional(),
})
export type EditEntryPayload = z.input<typeof editEntryPayload>

export const deleteEntryPayload = z.strictObject({ id: entryId })
export type DeleteEntryPayload = z.input<typeof deleteEntryPayload>

export const undoDeletePayload = z.strictObject({})
export type UndoDeletePayload = z.input<typeof undoDeletePayload>

export const importJournalPayload = z.strictObject({
  text: z.string().max(5_000_000, { error: msg('That file is too large to be an Unknot journal.') }),
})
export type ImportJournalPayload = z.input<typeof importJournalPayload>

/** The first problem in a failed parse, as a sentence that says where it is. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return msg('The input is not valid.')
  return issue.message
}
