import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_ROUTINES,
  deleteCustomRoutine,
  duplicateRoutine,
  filterRoutines,
  initialRoutinesState,
  saveCustomRoutine,
  startRoutine,
  type RoutinesState,
} from '../../../src/shared/routines'
import { at } from './helpers'

const mine = {
  name: 'My morning',
  items: [{ exerciseId: 'cat-cow' }, { exerciseId: 'neck-rotation', reps: 3 }],
}

function saved(state: RoutinesState = initialRoutinesState()): RoutinesState {
  const result = saveCustomRoutine(state, { routine: mine }, at(0))
  if (!result.ok) throw new Error(result.error)
  return result.state
}

describe('custom routines', () => {
  it('saves a new routine with a custom- id, defaults, and sources taken from its exercises', () => {
    const result = saveCustomRoutine(initialRoutinesState(), { routine: mine }, at(0))
    expect(result.ok && result.events).toEqual([{ type: 'custom-routine-saved', routineId: 'custom-1' }])
    expect(result.ok && result.state.customRoutines).toEqual([
      {
        id: 'custom-1',
        name: 'My morning',
        description: '',
        items: mine.items,
        prepareSeconds: 10,
        restSeconds: 10,
        sources: ['back-stretches-l', 'bupa-desk'],
      },
    ])
    const second = saveCustomRoutine(saved(), { routine: mine }, at(0))
    expect(second.ok && second.state.customRoutines.map((r) => r.id)).toEqual(['custom-1', 'custom-2'])
  })

  it('replaces a routine saved under the same id and can then be played by id', () => {
    const state = saved()
    const edited = saveCustomRoutine(state, { routine: { ...mine, id: 'custom-1', name: 'Renamed' } }, at(1))
    if (!edited.ok) throw new Error(edited.error)
    expect(edited.state.customRoutines.map((r) => r.name)).toEqual(['Renamed'])
    const play = startRoutine(edited.state, { routineId: 'custom-1' }, at(2))
    expect(play.ok && play.state.session?.routineName).toBe('Renamed')
  })

  it('rejects an unknown exercise, a too-short routine, a reserved id or a blank name, changing nothing', () => {
    const state = saved()
    const unknown = saveCustomRoutine(state, { routine: { ...mine, items: [{ exerciseId: 'backflip' }] } }, at(0))
    expect(unknown).toMatchObject({
      ok: false,
      error: 'Routine “My morning” (step 1): there is no exercise called “backflip”.',
    })
    const short = saveCustomRoutine(
      state,
      { routine: { name: 'Quick', prepareSeconds: 0, items: [{ exerciseId: 'eye-break' }] } },
      at(0),
    )
    expect(short.ok).toBe(false)
    expect(!short.ok && short.error).toMatch(/between 1 and 30 minutes/)
    expect(saveCustomRoutine(state, { routine: { ...mine, id: 'desk' } }, at(0))).toEqual({
      ok: false,
      error: "A custom routine's id starts with “custom-”.",
    })
    expect(saveCustomRoutine(state, { routine: { ...mine, name: '  ' } }, at(0))).toEqual({
      ok: false,
      error: 'Give the routine a name.',
    })
    expect(state.customRoutines).toHaveLength(1)
  })

  it('duplicates a built-in routine into an editable copy that does not share its data', () => {
    const result = duplicateRoutine(initialRoutinesState(), { routineId: 'desk' }, at(0))
    if (!result.ok) throw new Error(result.error)
    const copy = result.state.customRoutines[0]
    const desk = BUILT_IN_ROUTINES.find((r) => r.id === 'desk')
    expect(copy).toMatchObject({ id: 'custom-1', name: 'At your desk (copy)', items: desk?.items })
    expect(copy?.items).not.toBe(desk?.items)
    expect(result.events).toEqual([{ type: 'custom-routine-saved', routineId: 'custom-1' }])
    expect(duplicateRoutine(initialRoutinesState(), { routineId: 'nope' }, at(0))).toEqual({
      ok: false,
      error: 'That routine is not in the library.',
    })
  })

  it('deletes only routines the person made', () => {
    const removed = deleteCustomRoutine(saved(), { routineId: 'custom-1' }, at(0))
    expect(removed.ok && removed.state.customRoutines).toEqual([])
    expect(deleteCustomRoutine(saved(), { routineId: 'desk' }, at(0))).toEqual({
      ok: false,
      error: 'Only routines you made can be deleted.',
    })
    expect(deleteCustomRoutine(saved(), { routineId: 'custom-9' }, at(0))).toEqual({
      ok: false,
      error: 'There is no routine of yours with that id.',
    })
  })
})

describe('filterRoutines', () => {
  const ids = (filter: Parameters<typeof filterRoutines>[1]) =>
    filterRoutines(BUILT_IN_ROUTINES, filter).map((r) => r.id)

  it('filters by body area', () => {
    expect(ids({ area: 'eyes' })).toEqual(['break', 'desk'])
  })

  it('filters by position: only routines done entirely in it', () => {
    expect(ids({ position: 'seated' })).toEqual(['desk', 'calm-breathing'])
    expect(ids({ position: 'floor' })).toEqual(['lower-back-relief', 'core-prevention', 'hips-glutes', 'wind-down'])
  })

  it('filters by length and combines filters', () => {
    expect(ids({ maxMinutes: 3 })).toEqual(['break'])
    expect(ids({ area: 'neck', position: 'seated', maxMinutes: 6 })).toEqual(['desk', 'calm-breathing'])
    expect(ids({})).toHaveLength(BUILT_IN_ROUTINES.length)
  })
})
