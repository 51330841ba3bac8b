import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_ROUTINES,
  EXERCISES,
  EXERCISES_BY_ID,
  GENERAL_CAUTION,
  POSE_KEYS,
  ROUTINE_SOURCE_IDS,
  routineDurationMs,
  validateCatalog,
  validateRoutine,
  type Exercise,
  type Routine,
} from '../../../src/shared/routines'

function exercise(id: string): Exercise {
  const found = EXERCISES_BY_ID[id]
  if (!found) throw new Error(`test setup: no exercise ${id}`)
  return found
}

const validRoutine: Routine = {
  id: 'sample',
  name: 'Sample',
  description: '',
  prepareSeconds: 5,
  restSeconds: 10,
  items: [{ exerciseId: 'knee-rolls' }, { exerciseId: 'cat-cow' }],
  sources: ['nhs-exercises'],
}

describe('the built-in catalog', () => {
  it('passes the catalog validator with no errors', () => {
    expect(validateCatalog(EXERCISES, BUILT_IN_ROUTINES)).toEqual([])
  })

  it('has at least 25 distinct exercises and the eight required routines', () => {
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length)
    expect(EXERCISES.length).toBeGreaterThanOrEqual(25)
    const ids = BUILT_IN_ROUTINES.map((r) => r.id)
    for (const required of [
      'break',
      'lower-back-relief',
      'upper-back-neck',
      'desk',
      'core-prevention',
      'hips-glutes',
      'morning-mobility',
      'wind-down',
    ]) {
      expect(ids).toContain(required)
    }
  })

  it('keeps every built-in routine between 2 and 10 minutes, and the break routine at exactly 2', () => {
    for (const routine of BUILT_IN_ROUTINES) {
      const ms = routineDurationMs(routine, EXERCISES_BY_ID) ?? -1
      expect(ms, routine.id).toBeGreaterThanOrEqual(120_000)
      expect(ms, routine.id).toBeLessThanOrEqual(600_000)
    }
    const breakRoutine = BUILT_IN_ROUTINES.find((r) => r.id === 'break')
    expect(breakRoutine && routineDurationMs(breakRoutine, EXERCISES_BY_ID)).toBe(120_000)
  })

  it('keeps the desk routine seated only, and the wind-down routine includes breathing', () => {
    const desk = BUILT_IN_ROUTINES.find((r) => r.id === 'desk')
    expect(desk?.items.map((item) => exercise(item.exerciseId).position)).toEqual(desk?.items.map(() => 'seated'))
    const windDown = BUILT_IN_ROUTINES.find((r) => r.id === 'wind-down')
    expect(windDown?.items.some((item) => exercise(item.exerciseId).bodyAreas.includes('breathing'))).toBe(true)
  })

  it('gives every exercise the general caution, a known source, a drawn pose and both variations', () => {
    for (const e of EXERCISES) {
      expect(e.cautions, e.id).toContain(GENERAL_CAUTION)
      expect(e.sources.length, e.id).toBeGreaterThan(0)
      for (const source of e.sources) expect(ROUTINE_SOURCE_IDS).toContain(source)
      expect(POSE_KEYS).toContain(e.pose)
      expect(e.easier.length).toBeGreaterThan(3)
      expect(e.harder.length).toBeGreaterThan(3)
    }
  })

  it('carries the specific contraindications its sources give', () => {
    expect(exercise('knee-to-chest').cautions.join(' ')).toMatch(/osteoporosis/i)
    expect(exercise('bottom-to-heels').cautions.join(' ')).toMatch(/knee/i)
    for (const id of ['neck-rotation', 'neck-side-stretch', 'chin-tuck']) {
      expect(exercise(id).cautions.join(' '), id).toMatch(/dizzy/i)
    }
    expect(exercise('cross-body-shoulder').cautions.join(' ')).toMatch(/shoulder is painful/i)
    expect(exercise('box-breathing').cautions.join(' ')).toMatch(/2 or 3/)
  })

  const cautionsOf = (id: string) => exercise(id).cautions.join(' ')

  it('warns people with osteoporosis off deep forward bends and twists', () => {
    for (const id of ['knee-to-chest', 'seated-knee-hug', 'cat-cow', 'seated-twist']) {
      expect(cautionsOf(id), id).toMatch(/osteoporosis/i)
    }
    expect(cautionsOf('seated-twist')).toMatch(/twist/i)
  })

  it('sends people after recent back or hip surgery, or with a hip replacement, to their surgeon first', () => {
    for (const id of ['knee-to-chest', 'knee-rolls']) {
      expect(cautionsOf(id), id).toMatch(/back or hip surgery/i)
      expect(cautionsOf(id), id).toMatch(/hip replacement/i)
      expect(cautionsOf(id), id).toMatch(/surgeon or physiotherapist first/i)
    }
  })

  it('gives every exercise done lying on the back the sourced pregnancy caution, worded as care, not a ban', () => {
    const onTheBack = EXERCISES.filter((e) => /^Lie on your back/.test(e.steps[0] ?? ''))
    expect(onTheBack.map((e) => e.id)).toEqual(
      expect.arrayContaining(['knee-rolls', 'pelvic-tilt', 'knee-to-chest', 'glute-bridge', 'belly-breathing-lying']),
    )
    for (const e of onTheBack) {
      const pregnancy = e.cautions.find((caution) => /pregnant/i.test(caution))
      expect(pregnancy, e.id).toMatch(/about 16 weeks/)
      expect(pregnancy, e.id).toMatch(/^If you are pregnant, take care/)
      expect(e.sources, e.id).toContain('acog-pregnancy')
    }
  })

  it('says so where a dose or a caution is our own suggestion rather than a source’s', () => {
    expect(exercise('glute-bridge').harder).toMatch(/^Our suggestion, not a sourced dose: start with 5/)
    expect(exercise('wall-slides').harder).toMatch(/the times are our suggestion/)
    expect(cautionsOf('chin-tuck')).toMatch(/Our own extra care, not from the source: .*shoulder or arm/)
    // Only an inference from the lying-on-the-back advice: no source says it of lying face down.
    expect(cautionsOf('prone-back-extension')).toMatch(/Our own extra care, not from the source: if you are pregnant/)
  })
})

describe('validateRoutine rejects', () => {
  it('accepts a valid routine (so the rejections below are real)', () => {
    expect(validateRoutine(validRoutine, EXERCISES_BY_ID)).toEqual([])
  })

  it('an unknown exercise, naming the step', () => {
    const errors = validateRoutine(
      { ...validRoutine, items: [{ exerciseId: 'knee-rolls' }, { exerciseId: 'handstand' }] },
      EXERCISES_BY_ID,
    )
    expect(errors).toEqual(['Routine “Sample” (step 2): there is no exercise called “handstand”.'])
  })

  it('an empty routine', () => {
    expect(validateRoutine({ ...validRoutine, items: [] }, EXERCISES_BY_ID)).toEqual([
      'Routine “Sample”: A routine needs at least one exercise.',
    ])
  })

  it('a routine shorter than a minute', () => {
    const errors = validateRoutine(
      { ...validRoutine, prepareSeconds: 0, items: [{ exerciseId: 'eye-break' }] },
      EXERCISES_BY_ID,
    )
    expect(errors).toEqual([
      'Routine “Sample”: a routine must last between 1 and 30 minutes (this one lasts 20 seconds).',
    ])
  })

  it('an absurdly long routine', () => {
    const items = Array.from({ length: 7 }, () => ({ exerciseId: 'belly-breathing-lying' }))
    const errors = validateRoutine({ ...validRoutine, items }, EXERCISES_BY_ID)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/between 1 and 30 minutes \(this one lasts 36 min 5 s\)/)
  })

  it('an exercise without any caution, or without the general one', () => {
    const noCautions = { ...exercise('cat-cow'), cautions: [] }
    const errors = validateRoutine(validRoutine, { ...EXERCISES_BY_ID, 'cat-cow': noCautions })
    expect(errors).toEqual([
      'Routine “Sample” (step 2): Exercise “cat-cow”: Every exercise needs at least one caution.',
    ])
    const onlySpecific = { ...exercise('cat-cow'), cautions: ['Keep it small.'] }
    const errors2 = validateRoutine(validRoutine, { ...EXERCISES_BY_ID, 'cat-cow': onlySpecific })
    expect(errors2.join(' ')).toMatch(/general “stop if pain is sharp or spreads” caution/)
  })

  it('a routine or an exercise without a source, or with an unknown one', () => {
    expect(validateRoutine({ ...validRoutine, sources: [] }, EXERCISES_BY_ID)).toEqual([
      'Routine “Sample”: A routine needs at least one source.',
    ])
    const unsourced = { ...exercise('knee-rolls'), sources: [] }
    expect(validateRoutine(validRoutine, { ...EXERCISES_BY_ID, 'knee-rolls': unsourced })).toEqual([
      'Routine “Sample” (step 1): Exercise “knee-rolls”: Every exercise needs a source.',
    ])
    const invented = { ...validRoutine, sources: ['my-blog'] }
    expect(validateRoutine(invented, EXERCISES_BY_ID).join(' ')).toMatch(/not in Unknot’s source table/)
  })

  it('an override that does not fit the kind of dose', () => {
    const errors = validateRoutine(
      { ...validRoutine, items: [{ exerciseId: 'knee-rolls', holdSeconds: 30 }, { exerciseId: 'cat-cow' }] },
      EXERCISES_BY_ID,
    )
    expect(errors).toEqual([
      'Routine “Sample” (step 1): “Knee rolls” is counted in repetitions, so set repetitions instead of a hold time.',
    ])
  })
})

describe('validateCatalog', () => {
  it('reports duplicate ids and built-in routines outside 2–10 minutes', () => {
    const short: Routine = { ...validRoutine, id: 'short', name: 'Short', items: [{ exerciseId: 'cat-cow' }] }
    const errors = validateCatalog([...EXERCISES, exercise('cat-cow')], [validRoutine, short])
    expect(errors).toContain('The exercise id “cat-cow” is used more than once.')
    expect(errors).toContain('Routine “Short”: a built-in routine lasts 2–10 minutes, not 1 min 25 s.')
  })
})
