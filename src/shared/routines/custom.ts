import { fail, failWith, ok, type Result } from '../kernel/result'
import type { Instant } from '../kernel/time'
import { EXERCISES_BY_ID } from './exercises'
import { findRoutine, withDerivedSources } from './library'
import type { ExercisesById, Routine } from './model'
import {
  CUSTOM_PREFIX,
  deleteCustomRoutinePayload,
  duplicateRoutinePayload,
  parsePayload,
  saveCustomRoutinePayload,
  type DeleteCustomRoutinePayload,
  type DuplicateRoutinePayload,
  type SaveCustomRoutinePayload,
} from './schema'
import { CUSTOM_ROUTINE_LIMIT, type RoutinesEvent, type RoutinesState } from './state'
import { routineProblems } from './validate'
import { sentences } from '../kernel/message'
import { msg } from '../i18n/catalog'

type Outcome = Result<RoutinesState, RoutinesEvent>

/** Creates (no id, or a new one) or replaces (an existing id) one of the person's routines. */
export function saveCustomRoutine(state: RoutinesState, payload: SaveCustomRoutinePayload, _at: Instant): Outcome {
  const parsed = parsePayload(saveCustomRoutinePayload, payload)
  if (!parsed.ok) return parsed
  const { id, ...fields } = parsed.data.routine
  const allocated = id === undefined ? allocateId(state) : { id, nextCustomNumber: state.nextCustomNumber }
  const routine = withDerivedSources({ id: allocated.id, ...fields }, EXERCISES_BY_ID)
  return store(state, routine, allocated.nextCustomNumber, EXERCISES_BY_ID)
}

export function deleteCustomRoutine(state: RoutinesState, payload: DeleteCustomRoutinePayload, _at: Instant): Outcome {
  const parsed = parsePayload(deleteCustomRoutinePayload, payload)
  if (!parsed.ok) return parsed
  const remaining = state.customRoutines.filter((routine) => routine.id !== parsed.data.routineId)
  if (remaining.length === state.customRoutines.length) return fail(msg('There is no routine of yours with that id.'))
  return ok({ ...state, customRoutines: remaining })
}

/** Copies any routine (typically a built-in one) into a new custom routine the person can edit. */
export function duplicateRoutine(state: RoutinesState, payload: DuplicateRoutinePayload, _at: Instant): Outcome {
  const parsed = parsePayload(duplicateRoutinePayload, payload)
  if (!parsed.ok) return parsed
  const original = findRoutine(state, parsed.data.routineId)
  if (!original) return fail(msg('That routine is not in the library.'))
  const allocated = allocateId(state)
  const copy: Routine = {
    ...copyRoutine(original),
    id: allocated.id,
    name: copyName(original.name),
  }
  return store(state, copy, allocated.nextCustomNumber, EXERCISES_BY_ID)
}

function store(state: RoutinesState, routine: Routine, nextCustomNumber: number, byId: ExercisesById): Outcome {
  const problems = routineProblems(routine, byId)
  if (problems.length > 0) return failWith(sentences(...problems))
  const exists = state.customRoutines.some((existing) => existing.id === routine.id)
  if (!exists && state.customRoutines.length >= CUSTOM_ROUTINE_LIMIT) {
    return fail(msg('You can keep up to {{limit}} routines of your own; delete one to make room.'), {
      limit: CUSTOM_ROUTINE_LIMIT,
    })
  }
  const customRoutines = exists
    ? state.customRoutines.map((existing) => (existing.id === routine.id ? routine : existing))
    : [...state.customRoutines, routine]
  return ok({ ...state, customRoutines, nextCustomNumber }, [{ type: 'custom-routine-saved', routineId: routine.id }])
}

function allocateId(state: RoutinesState): { id: string; nextCustomNumber: number } {
  let number = state.nextCustomNumber
  const taken = new Set(state.customRoutines.map((routine) => routine.id))
  while (taken.has(`${CUSTOM_PREFIX}${number}`)) number += 1
  return { id: `${CUSTOM_PREFIX}${number}`, nextCustomNumber: number + 1 }
}

function copyName(name: string): string {
  const suffix = ' (copy)'
  return name.slice(0, 60 - suffix.length) + suffix
}

/** Built-in data is shared and must never be aliased into editable state. */
function copyRoutine(routine: Routine): Routine {
  return {
    ...routine,
    items: routine.items.map((item) => ({ ...item })),
    sources: [...routine.sources],
  }
}
