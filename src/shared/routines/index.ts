export { POSE_KEYS, type PoseKey } from './poses'
export { ROUTINE_SOURCE_IDS, type RoutineSourceId } from './sources'
export {
  BODY_AREAS,
  POSITIONS,
  doseSchema,
  exerciseSchema,
  routineItemSchema,
  routineSchema,
  type BodyArea,
  type Dose,
  type Exercise,
  type ExercisesById,
  type Position,
  type Routine,
  type RoutineItem,
} from './model'
export { EXERCISES, EXERCISES_BY_ID, GENERAL_CAUTION, indexExercises } from './exercises'
export { BREAK_ROUTINE_ID, BUILT_IN_ROUTINES } from './routines'
export { INTENSITIES, routineIntensity, type Intensity } from './intensity'
export {
  compileSegments,
  itemSeconds,
  routineDurationMs,
  totalDurationMs,
  type Segment,
  type SegmentKind,
  type Side,
} from './segments'
export {
  BUILT_IN_MAX_MS,
  BUILT_IN_MIN_MS,
  MAX_ROUTINE_MS,
  MIN_ROUTINE_MS,
  validateCatalog,
  validateExercise,
  validateRoutine,
} from './validate'
export * from './schema'
export {
  CUSTOM_ROUTINE_LIMIT,
  HISTORY_LIMIT,
  initialRoutinesState,
  type Cue,
  type HistoryEntry,
  type PlayerSession,
  type PlayerStatus,
  type RoutinesEvent,
  type RoutinesState,
  type SessionOutcome,
} from './state'
export {
  allRoutines,
  filterRoutines,
  findRoutine,
  summarizeRoutine,
  type RoutineFilter,
  type RoutineSummary,
} from './library'
export {
  advance,
  endRoutine,
  nextStep,
  nextWakeMs,
  pauseRoutine,
  previousStep,
  resumeRoutine,
  startRoutine,
} from './player'
export { closeSummary, rateSession } from './history'
export { deleteCustomRoutine, duplicateRoutine, saveCustomRoutine } from './custom'
export { playerView, routinesView, type PlayerView, type RoutinesView, type SegmentView } from './view'
export { restoreRoutines, storedCustomRoutineSchema, storedHistoryEntrySchema } from './persisted'
