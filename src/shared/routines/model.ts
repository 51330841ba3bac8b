import { z } from 'zod'
import { GENERAL_CAUTION } from './exercises/cautions'
import { POSE_KEYS } from './poses'
import { ROUTINE_SOURCE_IDS } from './sources'
import { msg } from '../i18n/catalog'

export const BODY_AREAS = [
  'lower-back',
  'upper-back',
  'neck',
  'shoulders',
  'chest',
  'hips',
  'glutes',
  'core',
  'legs',
  'eyes',
  'breathing',
] as const
export type BodyArea = (typeof BODY_AREAS)[number]

export const POSITIONS = ['seated', 'standing', 'floor'] as const
export type Position = (typeof POSITIONS)[number]

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: msg('An id uses lower-case letters, digits and single dashes only.'),
  })
  .max(80, { error: msg('An id is at most 80 characters long.') })

export const sourceIdSchema = z.enum(ROUTINE_SOURCE_IDS, {
  error: msg('That source id is not in Unknot’s source table.'),
})

const holdSeconds = z
  .int({ error: msg('A hold is a whole number of seconds.') })
  .min(5, { error: msg('A hold lasts at least 5 seconds.') })
  .max(600, { error: msg('A hold lasts at most 10 minutes.') })
const reps = z
  .int({ error: msg('Repetitions are a whole number.') })
  .min(1, { error: msg('Do at least 1 repetition.') })
  .max(30, { error: msg('Do at most 30 repetitions.') })

/**
 * How much of an exercise to do. 'hold' is a still stretch, 'timed' is continuous movement or breathing for a
 * while, 'reps' is a count of slow repetitions; `secondsPerRep` paces the player's countdown.
 */
export const doseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hold'), seconds: holdSeconds }),
  z.object({ kind: z.literal('timed'), seconds: holdSeconds }),
  z.object({
    kind: z.literal('reps'),
    reps,
    secondsPerRep: z
      .int({ error: msg('Seconds per repetition is a whole number.') })
      .min(1, { error: msg('A repetition takes at least 1 second.') })
      .max(60, { error: msg('A repetition takes at most 60 seconds.') }),
  }),
])
export type Dose = z.infer<typeof doseSchema>

const sentence = z
  .string()
  .trim()
  .min(3, { error: msg('Write at least a few words.') })
  .max(400)

export const exerciseSchema = z.object({
  id: slug,
  name: z.string().trim().min(1).max(60),
  bodyAreas: z.array(z.enum(BODY_AREAS)).min(1, { error: msg('Name at least one body area.') }),
  position: z.enum(POSITIONS),
  steps: z.array(sentence).min(1, { error: msg('An exercise needs at least one step.') }),
  dose: doseSchema,
  /** 'left-right': the player runs the dose once per side with a switch-sides cue between. */
  sides: z.enum(['both', 'left-right']),
  breathing: sentence,
  cautions: z
    .array(sentence)
    .min(1, { error: msg('Every exercise needs at least one caution.'), abort: true })
    .refine((cautions) => cautions.includes(GENERAL_CAUTION), {
      error: msg('Every exercise must carry the general “stop if pain is sharp or spreads” caution.'),
    }),
  easier: sentence,
  harder: sentence,
  sources: z.array(sourceIdSchema).min(1, { error: msg('Every exercise needs a source.') }),
  pose: z.enum(POSE_KEYS, { error: msg('That pose has no illustration.') }),
})
export type Exercise = z.infer<typeof exerciseSchema>

export const routineItemSchema = z.object({
  exerciseId: z.string().min(1, { error: msg('Pick an exercise for every step.') }),
  /** Replaces the hold or timed length of the exercise (not valid for a reps exercise). */
  holdSeconds: holdSeconds.optional(),
  /** Replaces the repetition count of a reps exercise. */
  reps: reps.optional(),
  /** Replaces the routine's rest after this step. */
  restSeconds: z
    .int()
    .min(0, { error: msg('A rest cannot be negative.') })
    .max(120, { error: msg('A rest lasts at most 2 minutes.') })
    .optional(),
})
export type RoutineItem = z.infer<typeof routineItemSchema>

export const routineSchema = z.object({
  id: slug,
  name: z
    .string()
    .trim()
    .min(1, { error: msg('Give the routine a name.') })
    .max(60, { error: msg('A routine name is at most 60 characters.') }),
  description: z
    .string()
    .trim()
    .max(300, { error: msg('A description is at most 300 characters.') }),
  items: z
    .array(routineItemSchema)
    .min(1, { error: msg('A routine needs at least one exercise.') })
    .max(40, { error: msg('A routine has at most 40 exercises.') }),
  prepareSeconds: z
    .int()
    .min(0, { error: msg('The get-ready countdown cannot be negative.') })
    .max(60, { error: msg('The get-ready countdown lasts at most 60 seconds.') }),
  restSeconds: z
    .int()
    .min(0, { error: msg('A rest cannot be negative.') })
    .max(120, { error: msg('A rest lasts at most 2 minutes.') }),
  sources: z.array(sourceIdSchema).min(1, { error: msg('A routine needs at least one source.') }),
})
export type Routine = z.infer<typeof routineSchema>

export type ExercisesById = Readonly<Record<string, Exercise | undefined>>
