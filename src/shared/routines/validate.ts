import type { z } from 'zod'
import { MINUTE_MS } from '../time'
import {
  exerciseSchema,
  routineSchema,
  type Exercise,
  type ExercisesById,
  type Routine,
  type RoutineItem,
} from './model'
import { routineDurationMs } from './segments'

/** Any routine, built-in or custom, must last between these. */
export const MIN_ROUTINE_MS = 1 * MINUTE_MS
export const MAX_ROUTINE_MS = 30 * MINUTE_MS
/** The built-in library keeps to short sessions (issue 4). */
export const BUILT_IN_MIN_MS = 2 * MINUTE_MS
export const BUILT_IN_MAX_MS = 10 * MINUTE_MS

function describeIssues(label: string, error: z.ZodError, skipFields: readonly string[] = []): string[] {
  const issues = error.issues.filter((issue) => !skipFields.includes(String(issue.path[0])))
  return issues.map((issue) => {
    const [field, index] = issue.path
    const where = field === 'items' && typeof index === 'number' ? ` (step ${index + 1})` : ''
    return `${label}${where}: ${issue.message}`
  })
}

/** Errors in one exercise's content; an empty list means it is fit to show. */
export function validateExercise(exercise: unknown): string[] {
  const parsed = exerciseSchema.safeParse(exercise)
  if (parsed.success) return []
  const name = typeof exercise === 'object' && exercise !== null && 'id' in exercise ? String(exercise.id) : '?'
  return describeIssues(`Exercise “${name}”`, parsed.error)
}

/**
 * Errors that stop a routine from being played or saved, in sentences a person can read; empty when valid.
 * Checks the shape, that every step names a known and complete exercise (cautions, sources), that overrides
 * fit the exercise's kind of dose, and that the total length is sensible.
 */
export function validateRoutine(routine: unknown, exercisesById: ExercisesById): string[] {
  const label = `Routine “${labelOf(routine)}”`
  const items = routineItemsSchema.safeParse(
    typeof routine === 'object' && routine !== null && 'items' in routine ? routine.items : undefined,
  )
  // Step problems come first; a missing source is then only a symptom (sources are derived from exercises).
  const errors = items.success ? stepErrors(items.data, exercisesById, label) : []
  const parsed = routineSchema.safeParse(routine)
  if (!parsed.success) {
    const issues = describeIssues(label, parsed.error, errors.length > 0 ? ['sources'] : [])
    return [...errors, ...issues]
  }
  if (errors.length > 0) return errors
  const durationMs = routineDurationMs(parsed.data, exercisesById)
  if (durationMs === null || durationMs < MIN_ROUTINE_MS || durationMs > MAX_ROUTINE_MS) {
    errors.push(`${label}: a routine must last between 1 and 30 minutes (this one lasts ${describeMs(durationMs)}).`)
  }
  return errors
}

const routineItemsSchema = routineSchema.shape.items

function stepErrors(items: readonly RoutineItem[], exercisesById: ExercisesById, label: string): string[] {
  return items.flatMap((item, index) => {
    const step = `${label} (step ${index + 1})`
    const exercise = exercisesById[item.exerciseId]
    if (!exercise) return [`${step}: there is no exercise called “${item.exerciseId}”.`]
    return [...validateExercise(exercise).map((error) => `${step}: ${error}`), ...overrideErrors(exercise, item, step)]
  })
}

function overrideErrors(exercise: Exercise, item: RoutineItem, step: string): string[] {
  if (exercise.dose.kind === 'reps' && item.holdSeconds !== undefined) {
    return [`${step}: “${exercise.name}” is counted in repetitions, so set repetitions instead of a hold time.`]
  }
  if (exercise.dose.kind !== 'reps' && item.reps !== undefined) {
    return [`${step}: “${exercise.name}” is timed, so set a hold time instead of repetitions.`]
  }
  return []
}

function labelOf(routine: unknown): string {
  if (typeof routine !== 'object' || routine === null) return '?'
  if ('name' in routine && typeof routine.name === 'string' && routine.name.trim()) return routine.name
  if ('id' in routine && typeof routine.id === 'string') return routine.id
  return '?'
}

function describeMs(ms: number | null): string {
  if (ms === null) return 'an unknown time'
  const seconds = Math.round(ms / 1000)
  return seconds < 60 ? `${seconds} seconds` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`
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
        errors.push(`Routine “${routine.name}”: a built-in routine lasts 2–10 minutes, not ${describeMs(durationMs)}.`)
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
