import { z } from 'zod'

export const SPASM_AREAS = ['lower', 'upper', 'neck'] as const
export const SPASM_SIDES = ['left', 'right', 'both', 'centre'] as const
export const SPASM_TRIGGERS = ['lifting', 'long-sitting', 'stress', 'exercise', 'woke-up', 'other'] as const
export const RATING_SOURCES = ['routine', 'therapy', 'break', 'red-flags'] as const
export const RED_FLAG_OUTCOMES = ['emergency', 'urgent', 'appointment', 'self-care'] as const
export const MAX_NOTE_LENGTH = 500

const area = z.enum(SPASM_AREAS, { error: 'Choose lower back, upper back or neck.' })
const side = z.enum(SPASM_SIDES, { error: 'Choose left, right, both or centre.' })
const trigger = z.enum(SPASM_TRIGGERS, { error: 'Choose what was happening from the list.' })
const score = (what: string) =>
  z
    .int({ error: `${what} must be a whole number from 0 to 10.` })
    .min(0, { error: `${what} goes from 0 to 10.` })
    .max(10, { error: `${what} goes from 0 to 10.` })
const note = z
  .string()
  .trim()
  .max(MAX_NOTE_LENGTH, { error: `Keep the note to ${MAX_NOTE_LENGTH} characters.` })
const wall = z
  .int({ error: 'The time must be a whole number of milliseconds.' })
  .min(0, { error: 'The time is invalid.' })
const entryId = z.string().min(1, { error: 'Each entry needs an id.' }).max(64, { error: 'That entry id is too long.' })
const ref = z.string().max(100, { error: 'Keep the reference under 100 characters.' })

export const spasmFields = { area, side, intensity: score('Intensity'), trigger, note: note.default('') }

export const spasmEntrySchema = z.object({ kind: z.literal('spasm'), id: entryId, wall, ...spasmFields })

const ratingFields = {
  source: z.enum(RATING_SOURCES, { error: 'Unknown rating source.' }),
  rating: score('A rating').nullable().default(null),
  outcome: z.enum(RED_FLAG_OUTCOMES, { error: 'Unknown checker outcome.' }).nullable().default(null),
  ref: ref.nullable().default(null),
}

function oneValue(entry: { rating: number | null; outcome: string | null }): boolean {
  return (entry.rating === null) !== (entry.outcome === null)
}
const oneValueMessage = { error: 'A rating entry has either a 0–10 rating or a checker outcome, not both.' }

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

export const logSpasmPayload = z.object({
  ...spasmFields,
  /** When the episode happened, if not now (logging it afterwards). */
  wall: wall.optional(),
})
export type LogSpasmPayload = z.input<typeof logSpasmPayload>

export const logRatingPayload = z.object(ratingFields).refine(oneValue, oneValueMessage)
export type LogRatingPayload = z.input<typeof logRatingPayload>

/** Changes to a spasm episode; only the fields given are changed. */
export const editEntryPayload = z.object({
  id: entryId,
  area: area.optional(),
  side: side.optional(),
  intensity: score('Intensity').optional(),
  trigger: trigger.optional(),
  note: note.optional(),
  wall: wall.optional(),
})
export type EditEntryPayload = z.input<typeof editEntryPayload>

export const deleteEntryPayload = z.object({ id: entryId })
export type DeleteEntryPayload = z.input<typeof deleteEntryPayload>

export const undoDeletePayload = z.object({})
export type UndoDeletePayload = z.input<typeof undoDeletePayload>

export const importJournalPayload = z.object({
  text: z.string().max(5_000_000, { error: 'That file is too large to be an Unknot journal.' }),
})
export type ImportJournalPayload = z.input<typeof importJournalPayload>

/** The first problem in a failed parse, as a sentence that says where it is. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'The input is not valid.'
  return issue.message
}
