import type { Exercise } from '../model'
import { BREATHING_DIZZINESS, BREATHING_MEDICAL, GENERAL_CAUTION, LYING_ON_BACK_IN_PREGNANCY } from './cautions'

const bellyBreathingSteps = [
  'Rest one hand on your upper chest and the other just below your ribs.',
  'Breathe in slowly through your nose so your belly pushes your lower hand out while your chest stays still.',
  'Tighten your tummy muscles and breathe out slowly through pursed lips.',
]

/** Relaxation breathing and the eye break (the 20-20-20 rule). */
export const BREATHING_EYE_EXERCISES: Exercise[] = [
  {
    id: 'belly-breathing-lying',
    name: 'Belly breathing (lying)',
    bodyAreas: ['breathing', 'core'],
    position: 'floor',
    steps: ['Lie on your back with your knees bent and your head supported.', ...bellyBreathingSteps],
    dose: { kind: 'timed', seconds: 300 },
    sides: 'both',
    breathing: 'In through the nose with the belly rising; out slowly through pursed lips.',
    cautions: [GENERAL_CAUTION, BREATHING_DIZZINESS, BREATHING_MEDICAL, LYING_ON_BACK_IN_PREGNANCY],
    easier: 'Practise for a shorter time at first.',
    harder: 'Gradually work up to 10 minutes.',
    sources: ['diaphragmatic-breathing', 'acog-pregnancy'],
    pose: 'belly-breathing-lying',
  },
  {
    id: 'belly-breathing-seated',
    name: 'Belly breathing (seated)',
    bodyAreas: ['breathing', 'core'],
    position: 'seated',
    steps: ['Sit comfortably with your shoulders, head and neck relaxed.', ...bellyBreathingSteps],
    // A short seated practice; the source's full session is 5–10 minutes (see the lying version).
    dose: { kind: 'timed', seconds: 120 },
    sides: 'both',
    breathing: 'In through the nose with the belly rising; out slowly through pursed lips.',
    cautions: [GENERAL_CAUTION, BREATHING_DIZZINESS, BREATHING_MEDICAL],
    easier: 'Lie down to learn it first; it is easier to feel the belly move that way.',
    harder: 'Work up to 5–10 minutes at a time.',
    sources: ['diaphragmatic-breathing'],
    pose: 'belly-breathing-seated',
  },
  {
    id: 'box-breathing',
    name: 'Box breathing',
    bodyAreas: ['breathing'],
    position: 'seated',
    steps: [
      'Sit upright and relaxed.',
      'Breathe in for a count of 4, then hold for 4.',
      'Breathe out for a count of 4, then hold for 4. That is one round.',
    ],
    dose: { kind: 'reps', reps: 4, secondsPerRep: 16 },
    sides: 'both',
    breathing: 'Four equal sides: in, hold, out, hold.',
    cautions: [
      GENERAL_CAUTION,
      'If the holds feel uncomfortable, count to 2 or 3 instead of 4.',
      'If you feel light-headed, leave out the holds and breathe normally.',
      BREATHING_MEDICAL,
    ],
    easier: 'Use a count of 2 or 3 on every side of the box.',
    harder: 'Carry on for more rounds once 4 feel easy.',
    sources: ['box-breathing'],
    pose: 'box-breathing',
  },
  {
    id: 'eye-break',
    name: '20-20-20 eye break',
    bodyAreas: ['eyes'],
    position: 'seated',
    steps: [
      'Look away from your screen.',
      'Find something about 6 metres (20 feet) away, such as through a window or across the room.',
      'Rest your gaze on it until the countdown ends.',
    ],
    dose: { kind: 'timed', seconds: 20 },
    sides: 'both',
    breathing: 'Breathe easily.',
    cautions: [GENERAL_CAUTION],
    easier: 'If nothing is that far away, look at the furthest point you can see.',
    harder: 'While you look into the distance, blink slowly and fully a few times.',
    sources: ['aao-202020'],
    pose: 'eye-break',
  },
]
