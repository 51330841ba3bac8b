import type { BodyArea, ExercisesById, Position, Routine } from './model'
import { EXERCISES_BY_ID } from './exercises'
import { BUILT_IN_ROUTINES } from './routines'
import { routineDurationMs } from './segments'
import type { RoutinesState } from './state'
import { routineIntensity, type Intensity } from './intensity'

/** Built-in routines first, then the person's own. */
export function allRoutines(state: RoutinesState): Routine[] {
  return [...BUILT_IN_ROUTINES, ...state.customRoutines]
}

export function findRoutine(state: RoutinesState, routineId: string): Routine | undefined {
  return allRoutines(state).find((routine) => routine.id === routineId)
}

export function isBuiltIn(routineId: string): boolean {
  return BUILT_IN_ROUTINES.some((routine) => routine.id === routineId)
}

/** A routine with no sources of its own cites those of its exercises, in order of first use. */
export function withDerivedSources(routine: Routine, exercisesById: ExercisesById): Routine {
  if (routine.sources.length > 0) return routine
  const sources = routine.items.flatMap((item) => exercisesById[item.exerciseId]?.sources ?? [])
  return { ...routine, sources: [...new Set(sources)] }
}

export interface RoutineSummary {
  id: string
  name: string
  description: string
  custom: boolean
  itemCount: number
  durationMs: number
  bodyAreas: BodyArea[]
  positions: Position[]
  intensity: Intensity
}

export function summarizeRoutine(routine: Routine, exercisesById: ExercisesById = EXERCISES_BY_ID): RoutineSummary {
  const exercises = routine.items.flatMap((item) => exercisesById[item.exerciseId] ?? [])
  return {
    id: routine.id,
    name: routine.name,
    description: routine.description,
    custom: !isBuiltIn(routine.id),
    itemCount: routine.items.length,
    durationMs: routineDurationMs(routine, exercisesById) ?? 0,
    bodyAreas: [...new Set(exercises.flatMap((exercise) => exercise.bodyAreas))],
    positions: [...new Set(exercises.map((exercise) => exercise.position))],
    intensity: routineIntensity(routine),
  }
}

export interface RoutineFilter {
  /** Keep routines that work this area in at least one exercise. */
  area?: BodyArea
  /** Keep routines done entirely in this position (e.g. 'seated': nothing needs standing or the floor). */
  position?: Position
  /** Keep routines no longer than this. */
  maxMinutes?: number
}

export function filterRoutines(
  all: readonly Routine[],
  filter: RoutineFilter,
  exercisesById: ExercisesById = EXERCISES_BY_ID,
): Routine[] {
  return all.filter((routine) => {
    const summary = summarizeRoutine(routine, exercisesById)
    if (filter.area && !summary.bodyAreas.includes(filter.area)) return false
    if (filter.position && summary.positions.some((position) => position !== filter.position)) return false
    if (filter.maxMinutes !== undefined && summary.durationMs > filter.maxMinutes * 60_000) return false
    return true
  })
}
