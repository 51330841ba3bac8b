import { fail, ok, type Result } from '../kernel/result'
import type { Exercise, ExercisesById, Routine, RoutineItem } from './model'
import { msg } from '../i18n/catalog'

export type SegmentKind = 'prepare' | 'exercise' | 'rest'
export type Side = 'left' | 'right'

/**
 * One stretch of the player's timeline. A routine compiles to a list of these; the player only ever moves
 * between them, so the whole session's length is exactly the sum of their durations.
 * `itemIndex` is the routine step the segment belongs to; a rest belongs to the step it leads into, and the
 * get-ready countdown to the first step.
 */
export interface Segment {
  kind: SegmentKind
  itemIndex: number
  exerciseId: string
  side: Side | null
  durationMs: number
  /** For a reps exercise, how many repetitions and how long each one lasts; null otherwise. */
  reps: number | null
  secondsPerRep: number | null
}

/** Seconds one side (or the whole, if not sided) of a routine step lasts, overrides applied. */
export function itemSeconds(exercise: Exercise, item: RoutineItem): number {
  const dose = exercise.dose
  if (dose.kind === 'reps') return (item.reps ?? dose.reps) * dose.secondsPerRep
  return item.holdSeconds ?? dose.seconds
}

export function compileSegments(routine: Routine, exercisesById: ExercisesById): Result<Segment[]> {
  const segments: Segment[] = []
  const first = routine.items[0]
  if (!first) return fail(msg('A routine needs at least one exercise.'))
  if (routine.prepareSeconds > 0) {
    segments.push(restLike('prepare', 0, first.exerciseId, routine.prepareSeconds))
  }
  for (const [index, item] of routine.items.entries()) {
    const exercise = exercisesById[item.exerciseId]
    if (!exercise)
      return fail(msg('Step {{number}} uses an exercise we do not know (“{{id}}”).'), {
        number: index + 1,
        id: item.exerciseId,
      })
    const durationMs = itemSeconds(exercise, item) * 1000
    const reps = exercise.dose.kind === 'reps' ? (item.reps ?? exercise.dose.reps) : null
    const secondsPerRep = exercise.dose.kind === 'reps' ? exercise.dose.secondsPerRep : null
    const sides: Array<Side | null> = exercise.sides === 'left-right' ? ['left', 'right'] : [null]
    for (const side of sides) {
      segments.push({
        kind: 'exercise',
        itemIndex: index,
        exerciseId: exercise.id,
        side,
        durationMs,
        reps,
        secondsPerRep,
      })
    }
    const next = routine.items[index + 1]
    const restSeconds = item.restSeconds ?? routine.restSeconds
    if (next && restSeconds > 0) segments.push(restLike('rest', index + 1, next.exerciseId, restSeconds))
  }
  return ok(segments)
}

function restLike(kind: 'prepare' | 'rest', itemIndex: number, exerciseId: string, seconds: number): Segment {
  return {
    kind,
    itemIndex,
    exerciseId,
    side: null,
    durationMs: seconds * 1000,
    reps: null,
    secondsPerRep: null,
  }
}

export function totalDurationMs(segments: readonly Segment[]): number {
  return segments.reduce((sum, segment) => sum + segment.durationMs, 0)
}

/** The routine's exact length in ms, or null when it cannot be compiled (e.g. an unknown exercise). */
export function routineDurationMs(routine: Routine, exercisesById: ExercisesById): number | null {
  const compiled = compileSegments(routine, exercisesById)
  return compiled.ok ? totalDurationMs(compiled.state) : null
}
