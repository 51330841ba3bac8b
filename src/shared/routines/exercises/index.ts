import type { Exercise, ExercisesById } from '../model'
import { BREATHING_EYE_EXERCISES } from './breathing-eyes'
import { DESK_EXERCISES } from './desk'
import { FLOOR_EXERCISES } from './floor'
import { NECK_SHOULDER_EXERCISES } from './neck-shoulders'

export { GENERAL_CAUTION } from './cautions'

export const EXERCISES: readonly Exercise[] = [
  ...FLOOR_EXERCISES,
  ...DESK_EXERCISES,
  ...NECK_SHOULDER_EXERCISES,
  ...BREATHING_EYE_EXERCISES,
]

export function indexExercises(exercises: readonly Exercise[]): ExercisesById {
  return Object.fromEntries(exercises.map((exercise) => [exercise.id, exercise]))
}

export const EXERCISES_BY_ID: ExercisesById = indexExercises(EXERCISES)
