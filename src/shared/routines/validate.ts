import type { z } from 'zod'
import { MINUTE_MS } from '../kernel/time'
import {
  exerciseSchema,
  routineSchema,
  type Exercise,
  type ExercisesById,
  type Routine,
  type RoutineItem,
} from './model'
import { routineDurationMs } from './segments'
import { msg } from '../i18n/catalog'
import { interpolate, type Message } from '../kernel/message'

/** Any routine, built-in or custom, must last between these. */
export const MIN_ROUTINE_MS = 1 * MINUTE_MS
export const MAX_ROUTINE_MS = 30 * MINUTE_MS
/** The built-in library keeps to short sessions. */
export const BUILT_IN_MIN_MS = 2 * MINUTE_MS
export const BUILT_IN_MAX_MS = 10 * MINUTE_MS

/** Where a problem is: the routine (its name translated when it is a built-in one) and, for a step, its number. */
interface Place {
  name: string
  step?: number
}

function at(place: Place, problem: Message): Message {
  const name = { text: place.name }
  return place.step === undefined
    ? { text: msg('Routine “{{name}}”: {{problem}}'), values: { name, problem } }
    : { text: msg('Routine “{{name}}” (step {{number}}): {{problem}}'), values: { name, number: place.step, problem } }
}

function exerciseIssues(name: string, error: z.ZodError): Message[] {
  return error.issues.map((issue): Message => {
    const [field, index] = issue.path
    const problem = { text: issue.message }
    return field === 'items' && typeof index === 'number'
      ? {
          text: msg('Exercise “{{name}}” (step {{number}}): {{problem}}'),
          values: { name, number: index + 1, problem },
        }
      : { text: msg('Exercise “{{name}}”: {{problem}}'), values: { name, problem } }
  })
}

function routineIssues(name: string, error: z.ZodError, skipFields: readonly string[]): Message[] {
  const issues = error.issues.filter((issue) => !skipFields.includes(String(issue.path[0])))
  return issues.map((issue) => {
    const [field, index] = issue.path
    const step = field === 'items' && typeof index === 'number' ? index + 1 : undefined
    return at(step === undefined ? { name } : { name, step }, { text: issue.message })
  })
}

function exerciseProblems(exercise: unknown): Message[] {
  const parsed = exerciseSchema.safeParse(exercise)
  if (parsed.success) return []
  const name = typeof exercise === 'object' && exercise !== null && 'id' in exercise ? String(exercise.id) : '?'
  return exerciseIssues(name, parsed.error)
}

/** Errors in one exercise's content; an empty list means it is fit to show. */
export function validateExercise(exercise: unknown): string[] {
  return exerciseProblems(exercise).map(english)
}

/**
 * Errors that stop a routine from being played or saved, as messages a person can read in their language; empty
 * when valid. Checks the shape, that every step names a known and complete exercise (cautions, sources), that
 * overrides fit the exercise's kind of dose, and that the total length is sensible.
 */
export function routineProblems(routine: unknown, exercisesById: ExercisesById): Message[] {
  const name = labelOf(routine)
  const items = routineItemsSchema.safeParse(
    typeof routine === 'object' && routine !== null && 'items' in routine ? routine.items : undefined,
  )
  // Step problems come first; a missing source is then only a symptom (sources are derived from exercises).
  const errors = items.success ? stepErrors(items.data, exercisesById, name) : []
  const parsed = routineSchema.safeParse(routine)
  if (!parsed.success) {
    return [...errors, ...routineIssues(name, parsed.error, errors.length > 0 ? ['sources'] : [])]
  }
  if (errors.length > 0) return errors
  const durationMs = routineDurationMs(parsed.data, exercisesById)
  if (durationMs === null || durationMs < MIN_ROUTINE_MS || durationMs > MAX_ROUTINE_MS) {
    errors.push(
      at(
        { name },
        {
          text: msg('a routine must last between 1 and 30 minutes (this one lasts {{length}}).'),
          values: { length: describeMs(durationMs) },
        },
      ),
    )
  }
  return errors
}

/** The same problems as `routineProblems`, in English. */
export function validateRoutine(routine: unknown, exercisesById: ExercisesById): string[] {
  return routineProblems(routine, exercisesById).map(english)
}

function english(message: Message): string {
  return interpolate(message.text, message.values)
}

const routineItemsSchema = routineSchema.shape.items

function stepErrors(items: readonly RoutineItem[], exercisesById: ExercisesById, name: string): Message[] {
  return items.flatMap((item, index) => {
    const step = { name, step: index + 1 }
    const exercise = exercisesById[item.exerciseId]
    if (!exercise) {
      return [at(step, { text: msg('there is no exercise called “{{id}}”.'), values: { id: item.exerciseId } })]
    }
    return [...exerciseProblems(exercise).map((problem) => at(step, problem)), ...overrideErrors(exercise, item, step)]
  })
}

function overrideErrors(exercise: Exercise, item: RoutineItem, step: Place): Message[] {
  const values = { name: { text: exercise.name } }
  if (exercise.dose.kind === 'reps' && item.holdSeconds !== undefined) {
    return [
      at(step, {
        text: msg('“{{name}}” is counted in repetitions, so set repetitions instead of a hold time.'),
        values,
      }),
    ]
  }
  if (exercise.dose.kind !== 'reps' && item.reps !== undefined) {
    return [at(step, { text: msg('“{{name}}” is timed, so set a hold time instead of repetitions.'), values })]
  }
  return []
}

function labelOf(routine: unknown): string {
  if (typeof routine !== 'object' || routine === null) return '?'
  if ('name' in routine && typeof routine.name === 'string' && routine.name.trim()) return routine.name
  if ('id' in routine && typeof routine.id === 'string') return routine.id
  return '?'
}

function describeMs(ms: number | null): Message {
  if (ms === null) return { text: msg('an unknown time') }
  const seconds = Math.round(ms / 1000)
  return seconds < 60
    ? { text: msg('{{seconds}} seconds'), values: { seconds } }
    : {
        text: msg('{{minutes}} min {{seconds}} s'),
        values: { minutes: Math.floor(seconds / 60), seconds: seconds % 60 },
      }
}

/**
 * Checks the whole built-in library: unique ids, every exercise complete, every routine valid and within the
 * built-in length range. Returns every problem found.
 */
export function validateCatalog(exercises: readonly Exercise[], routines: readonly Routine[]): string[] {
  const errors: string[] = []
  errors.push(...duplicateIds('exercise', exercises), ...duplicateIds('routine', routines))
  for (const exercise of exercises) errors.push(...validateExercise(exercise))
  const byId: ExercisesById = Object.fromEntries(exercises.map((exercise) => [exercise.id, exercise]))
  for (const routine of routines) {
    const routineErrors = validateRoutine(routine, byId)
    errors.push(...routineErrors)
    const durationMs = routineDurationMs(routine, byId)
    if (routineErrors.length === 0 && durationMs !== null) {
      if (durationMs < BUILT_IN_MIN_MS || durationMs > BUILT_IN_MAX_MS) {
        errors.push(
          `Routine “${routine.name}”: a built-in routine lasts 2–10 minutes, not ${english(describeMs(durationMs))}.`,
        )
      }
    }
  }
  return errors
}

function duplicateIds(kind: string, entries: ReadonlyArray<{ id: string }>): string[] {
  const seen = new Set<string>()
  const errors: string[] = []
  for (const { id } of entries) {
    if (seen.has(id)) errors.push(`The ${kind} id “${id}” is used more than once.`)
    seen.add(id)
  }
  return errors
}
