import { msg } from '../../../../shared/i18n'
import { EXERCISES_BY_ID, type CustomRoutineInput, type Exercise, type Routine } from '../../../../shared/routines'

export interface DraftItem {
  /** Stable across reorders, so React keeps each row (and its focus) when it moves. */
  key: string
  exerciseId: string
  /** Hold seconds, or repetitions for a reps exercise; text while the person types. */
  amount: string
  restSeconds?: number
}

export interface RoutineDraft {
  id?: string
  name: string
  description: string
  prepareSeconds: number
  restSeconds: number
  items: DraftItem[]
}

let nextKey = 1
function newKey(): string {
  nextKey += 1
  return `step-${nextKey}`
}

export function defaultAmount(exercise: Exercise): number {
  return exercise.dose.kind === 'reps' ? exercise.dose.reps : exercise.dose.seconds
}

export function amountLabel(exercise: Exercise | undefined): string {
  return exercise?.dose.kind === 'reps' ? msg('Repetitions') : msg('Hold (seconds)')
}

export function emptyDraft(): RoutineDraft {
  return { name: '', description: '', prepareSeconds: 10, restSeconds: 10, items: [] }
}

export function draftItem(exercise: Exercise): DraftItem {
  return { key: newKey(), exerciseId: exercise.id, amount: String(defaultAmount(exercise)) }
}

export function draftFromRoutine(routine: Routine): RoutineDraft {
  return {
    id: routine.id,
    name: routine.name,
    description: routine.description,
    prepareSeconds: routine.prepareSeconds,
    restSeconds: routine.restSeconds,
    items: routine.items.map((item) => {
      const exercise = EXERCISES_BY_ID[item.exerciseId]
      const amount = exercise?.dose.kind === 'reps' ? item.reps : item.holdSeconds
      return {
        key: newKey(),
        exerciseId: item.exerciseId,
        amount: String(amount ?? (exercise ? defaultAmount(exercise) : '')),
        ...(item.restSeconds === undefined ? {} : { restSeconds: item.restSeconds }),
      }
    }),
  }
}

/** The payload for saveCustomRoutine; a typed-in amount that is not a number is sent as-is for the core to refuse. */
export function draftToInput(draft: RoutineDraft): CustomRoutineInput {
  return {
    ...(draft.id ? { id: draft.id } : {}),
    name: draft.name,
    description: draft.description,
    prepareSeconds: draft.prepareSeconds,
    restSeconds: draft.restSeconds,
    items: draft.items.map((item) => {
      const amount = item.amount.trim() === '' ? Number.NaN : Number(item.amount)
      const isReps = EXERCISES_BY_ID[item.exerciseId]?.dose.kind === 'reps'
      return {
        exerciseId: item.exerciseId,
        ...(isReps ? { reps: amount } : { holdSeconds: amount }),
        ...(item.restSeconds === undefined ? {} : { restSeconds: item.restSeconds }),
      }
    }),
  }
}

export function moveItem(items: DraftItem[], index: number, by: -1 | 1): DraftItem[] {
  const target = index + by
  const moving = items[index]
  const other = items[target]
  if (!moving || !other) return items
  const moved = [...items]
  moved[index] = other
  moved[target] = moving
  return moved
}
