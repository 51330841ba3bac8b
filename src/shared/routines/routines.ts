import type { Routine } from './model'

/** The id of the short routine the break reminder offers. */
export const BREAK_ROUTINE_ID = 'break'

/**
 * The built-in library. Doses come from each exercise; overrides here only shorten or lengthen within the ranges
 * its sources give. Prepare and rest lengths are product choices, not sourced numbers.
 */
export const BUILT_IN_ROUTINES: readonly Routine[] = [
  {
    id: BREAK_ROUTINE_ID,
    name: 'Two-minute break',
    description: 'Get up, reach, loosen your shoulders and rest your eyes: a quick change of posture between tasks.',
    prepareSeconds: 5,
    restSeconds: 5,
    items: [
      { exerciseId: 'stand-and-move', holdSeconds: 30 },
      { exerciseId: 'overhead-reach-standing' },
      { exerciseId: 'shoulder-rolls-standing' },
      { exerciseId: 'eye-break' },
    ],
    sources: ['hse-breaks', 'mayo-workday', 'bupa-desk', 'aao-202020'],
  },
  {
    id: 'lower-back-relief',
    name: 'Lower-back relief',
    description: 'Gentle floor movements that ease a stiff or sore lower back. You will need a mat or a rug.',
    prepareSeconds: 10,
    restSeconds: 10,
    items: [
      { exerciseId: 'knee-rolls' },
      { exerciseId: 'pelvic-tilt' },
      { exerciseId: 'knee-to-chest' },
      { exerciseId: 'bottom-to-heels' },
      { exerciseId: 'cat-cow' },
      { exerciseId: 'prone-back-extension' },
    ],
    sources: ['nhs-exercises', 'nhs-inform-exercises', 'mayo-stretches', 'back-stretches-l'],
  },
  {
    id: 'upper-back-neck',
    name: 'Upper back and neck',
    description: 'Release the neck and shoulders that hunch over a keyboard: seated first, then standing.',
    prepareSeconds: 10,
    restSeconds: 10,
    items: [
      { exerciseId: 'chin-tuck' },
      { exerciseId: 'neck-rotation' },
      { exerciseId: 'neck-side-stretch' },
      { exerciseId: 'shoulder-rolls' },
      { exerciseId: 'cross-body-shoulder' },
      { exerciseId: 'overhead-reach' },
      { exerciseId: 'wall-slides' },
      { exerciseId: 'chest-opener' },
    ],
    sources: ['bupa-desk', 'mayo-workday', 'urmston-neck', 'acsm-stretching'],
  },
  {
    id: 'desk',
    name: 'At your desk',
    description: 'Everything done sitting in your chair, no floor needed: back, neck, shoulders and eyes.',
    prepareSeconds: 5,
    restSeconds: 10,
    items: [
      { exerciseId: 'sitting-tall' },
      { exerciseId: 'seated-twist' },
      { exerciseId: 'seated-back-extension' },
      { exerciseId: 'seated-knee-hug' },
      { exerciseId: 'neck-rotation' },
      { exerciseId: 'shoulder-rolls' },
      { exerciseId: 'overhead-reach' },
      { exerciseId: 'eye-break' },
    ],
    sources: ['bupa-desk', 'nhs-inform-exercises', 'mayo-office', 'aao-202020'],
  },
  {
    id: 'core-prevention',
    name: 'Gentle floor strength',
    description:
      'Slow, controlled floor work for your back, hips and tummy. Regular exercise helps long-lasting back pain; no routine is proven to prevent spasms.',
    prepareSeconds: 10,
    restSeconds: 10,
    items: [
      { exerciseId: 'pelvic-tilt' },
      { exerciseId: 'glute-bridge', reps: 8 },
      { exerciseId: 'cat-cow' },
      { exerciseId: 'knee-rolls' },
      { exerciseId: 'bottom-to-heels' },
    ],
    sources: ['nice-ng59', 'nhs-exercises', 'nhs-inform-exercises', 'back-stretches-l'],
  },
  {
    id: 'hips-glutes',
    name: 'Hips and glutes',
    description: 'Loosen the hips and buttocks that tighten after long hours in a chair.',
    prepareSeconds: 10,
    restSeconds: 10,
    items: [
      { exerciseId: 'knee-to-chest' },
      { exerciseId: 'knee-rolls' },
      { exerciseId: 'glute-bridge' },
      { exerciseId: 'bottom-to-heels' },
    ],
    sources: ['mayo-stretches', 'nhs-exercises', 'back-stretches-l'],
  },
  {
    id: 'morning-mobility',
    name: 'Morning mobility',
    description: 'Wake up a stiff back and shoulders: standing moves first, then a few on the floor.',
    prepareSeconds: 10,
    restSeconds: 10,
    items: [
      { exerciseId: 'standing-back-bend' },
      { exerciseId: 'shoulder-rolls-standing' },
      { exerciseId: 'overhead-reach-standing' },
      { exerciseId: 'cross-body-shoulder-standing' },
      { exerciseId: 'chest-opener' },
      { exerciseId: 'wall-slides' },
      { exerciseId: 'cat-cow' },
      { exerciseId: 'bottom-to-heels' },
    ],
    sources: ['nhs-inform-exercises', 'bupa-desk', 'mayo-workday', 'back-stretches-l', 'nhs-exercises'],
  },
  {
    id: 'wind-down',
    name: 'Wind-down',
    description: 'Slow stretches on the floor, then a few minutes of belly breathing to relax before rest.',
    prepareSeconds: 10,
    restSeconds: 10,
    items: [
      { exerciseId: 'knee-rolls' },
      { exerciseId: 'knee-to-chest' },
      { exerciseId: 'bottom-to-heels' },
      { exerciseId: 'belly-breathing-lying' },
    ],
    sources: ['nhs-exercises', 'mayo-stretches', 'diaphragmatic-breathing'],
  },
  {
    id: 'calm-breathing',
    name: 'Calm breathing at the desk',
    description: 'Settle your posture, then slow your breathing down without leaving your chair.',
    prepareSeconds: 5,
    restSeconds: 10,
    items: [{ exerciseId: 'posture-check' }, { exerciseId: 'box-breathing' }, { exerciseId: 'belly-breathing-seated' }],
    sources: ['hse-posture', 'box-breathing', 'diaphragmatic-breathing'],
  },
]
