import { describe, expect, it } from 'vitest'
import { BUILT_IN_ROUTINES, routineIntensity, summarizeRoutine } from '../../../src/shared/routines'

describe('routine intensity', () => {
  it('rates each built-in routine; only seated and standing work without deep bends is gentle', () => {
    const levels = Object.fromEntries(BUILT_IN_ROUTINES.map((routine) => [routine.id, routineIntensity(routine)]))
    expect(levels).toEqual({
      break: 'gentle',
      'lower-back-relief': 'strong',
      'upper-back-neck': 'gentle',
      desk: 'moderate',
      'core-prevention': 'strong',
      'hips-glutes': 'strong',
      'morning-mobility': 'moderate',
      'wind-down': 'moderate',
      'calm-breathing': 'gentle',
    })
  })

  it('rates a person’s own routine by its most demanding exercise', () => {
    const own = { items: [{ exerciseId: 'chin-tuck' }, { exerciseId: 'seated-knee-hug' }] }
    expect(routineIntensity(own)).toBe('moderate')
    expect(routineIntensity({ items: [{ exerciseId: 'chin-tuck' }] })).toBe('gentle')
    expect(summarizeRoutine(BUILT_IN_ROUTINES[0]!).intensity).toBe('gentle')
  })
})
