import type { PoseKey } from '../../../shared/routines'
import { pose, type PoseDrawing } from './figure'
import { ALL_FOURS, LYING_FRONT, LYING_KNEES_BENT, SEATED, SEATED_FRONT, STANDING, STANDING_FRONT } from './postures'

const FLOOR = ['mat', 'floor'] as const
const CHAIR = ['chair', 'floor'] as const

const handsOnBelly = pose(LYING_KNEES_BENT, {
  elbows: [
    [40, 80],
    [38, 80],
  ],
  hands: [
    [47, 81],
    [45, 81],
  ],
})
const handsOnLowBack = pose(STANDING, {
  elbows: [
    [51, 42],
    [49, 42],
  ],
  hands: [
    [56, 52],
    [54, 52],
  ],
})
const seatedHandsOnLowBack = pose(SEATED, {
  elbows: [
    [39, 46],
    [37, 46],
  ],
  hands: [
    [43, 56],
    [41, 56],
  ],
})
const armsCrossed = pose(SEATED, {
  elbows: [
    [58, 40],
    [56, 40],
  ],
  hands: [
    [49, 32],
    [47, 32],
  ],
})
const seatedHandOnBelly = pose(SEATED, {
  elbows: [
    [50, 47],
    [48, 47],
  ],
  hands: [
    [56, 49],
    [54, 49],
  ],
})

/**
 * One drawing per pose key. The Record is exhaustive: a pose added to the content without a drawing here is a
 * compile error.
 */
export const POSE_DRAWINGS: Record<PoseKey, PoseDrawing> = {
  'bottom-to-heels': {
    props: FLOOR,
    frames: [
      ALL_FOURS,
      pose(ALL_FOURS, {
        head: [36, 81],
        neck: [46, 78],
        spine: [62, 68],
        hip: [80, 78],
        knees: [
          [66, 87],
          [64, 87],
        ],
        feet: [
          [92, 89],
          [90, 89],
        ],
        elbows: [
          [32, 86],
          [30, 86],
        ],
        hands: [
          [20, 87],
          [18, 87],
        ],
      }),
    ],
  },
  'knee-rolls': {
    props: FLOOR,
    frames: [
      LYING_KNEES_BENT,
      pose(LYING_KNEES_BENT, {
        knees: [
          [80, 76],
          [78, 78],
        ],
      }),
    ],
  },
  'prone-back-extension': {
    props: FLOOR,
    frames: [
      LYING_FRONT,
      pose(LYING_FRONT, {
        head: [22, 63],
        neck: [30, 71],
        spine: [44, 82],
        elbows: [
          [32, 88],
          [32, 88],
        ],
        hands: [
          [20, 88],
          [20, 88],
        ],
      }),
    ],
  },
  'pelvic-tilt': {
    props: FLOOR,
    frames: [pose(LYING_KNEES_BENT, { spine: [44, 79] }), pose(LYING_KNEES_BENT, { spine: [44, 86] })],
  },
  'knee-to-chest': {
    props: FLOOR,
    frames: [
      LYING_KNEES_BENT,
      pose(LYING_KNEES_BENT, {
        knees: [
          [52, 64],
          [74, 66],
        ],
        feet: [
          [68, 72],
          [88, 86],
        ],
        elbows: [
          [40, 74],
          [38, 74],
        ],
        hands: [
          [52, 68],
          [50, 68],
        ],
      }),
    ],
  },
  'standing-back-bend': {
    props: ['floor'],
    frames: [handsOnLowBack, pose(handsOnLowBack, { head: [51, 16], neck: [54, 26], spine: [58, 40] })],
  },
  'sitting-tall': {
    props: CHAIR,
    frames: [pose(SEATED, { head: [53, 24], neck: [50, 33], spine: [40, 46], nose: [60, 25] }), SEATED],
  },
  'cat-cow': {
    props: FLOOR,
    frames: [
      pose(ALL_FOURS, { spine: [60, 42], head: [35, 63] }),
      pose(ALL_FOURS, { spine: [60, 72], head: [33, 49] }),
    ],
  },
  'glute-bridge': {
    props: FLOOR,
    frames: [
      LYING_KNEES_BENT,
      pose(LYING_KNEES_BENT, {
        hip: [60, 70],
        spine: [42, 76],
        knees: [
          [78, 62],
          [76, 62],
        ],
      }),
    ],
  },
  'seated-twist': {
    props: CHAIR,
    frames: [
      armsCrossed,
      pose(armsCrossed, {
        elbows: [
          [40, 38],
          [38, 38],
        ],
        hands: [
          [47, 31],
          [45, 31],
        ],
        nose: undefined,
      }),
    ],
  },
  'seated-back-extension': {
    props: CHAIR,
    frames: [seatedHandsOnLowBack, pose(seatedHandsOnLowBack, { head: [41, 19], neck: [43, 29], spine: [47, 45] })],
  },
  'seated-knee-hug': {
    props: CHAIR,
    frames: [
      SEATED,
      pose(SEATED, {
        knees: [
          [62, 40],
          [68, 59],
        ],
        feet: [
          [67, 58],
          [68, 91],
        ],
        elbows: [
          [58, 46],
          [56, 46],
        ],
        hands: [
          [65, 44],
          [63, 44],
        ],
      }),
    ],
  },
  'neck-rotation': { props: CHAIR, frames: [SEATED, pose(SEATED, { nose: undefined })] },
  'neck-side-stretch': { props: ['stool', 'floor'], frames: [SEATED_FRONT, pose(SEATED_FRONT, { head: [53, 21] })] },
  'chin-tuck': {
    props: CHAIR,
    frames: [pose(SEATED, { head: [51, 19], nose: [58, 19] }), pose(SEATED, { head: [45, 18], nose: [52, 18] })],
  },
  'shoulder-rolls': {
    props: CHAIR,
    frames: [
      SEATED,
      pose(SEATED, {
        elbows: [
          [44, 40],
          [42, 40],
        ],
        hands: [
          [56, 52],
          [54, 52],
        ],
      }),
    ],
  },
  'cross-body-shoulder': {
    props: ['floor'],
    frames: [
      STANDING_FRONT,
      pose(STANDING_FRONT, {
        elbows: [
          [68, 34],
          [66, 42],
        ],
        hands: [
          [82, 30],
          [70, 34],
        ],
      }),
    ],
  },
  'chest-opener': {
    props: ['floor'],
    frames: [
      pose(STANDING, {
        elbows: [
          [54, 40],
          [52, 40],
        ],
        hands: [
          [52, 56],
          [50, 56],
        ],
      }),
      pose(STANDING, {
        head: [59, 13],
        spine: [63, 38],
        elbows: [
          [50, 40],
          [48, 40],
        ],
        hands: [
          [43, 53],
          [41, 53],
        ],
      }),
    ],
  },
  'overhead-reach': {
    props: ['floor'],
    frames: [
      STANDING_FRONT,
      pose(STANDING_FRONT, {
        elbows: [
          [53, 13],
          [67, 13],
        ],
        hands: [
          [51, 4],
          [69, 4],
        ],
      }),
    ],
  },
  // Seen from the front, back to the wall: arms in a W, then slid up into a Y.
  'wall-slides': {
    props: ['floor'],
    frames: [
      pose(STANDING_FRONT, {
        elbows: [
          [45, 30],
          [75, 30],
        ],
        hands: [
          [43, 15],
          [77, 15],
        ],
      }),
      pose(STANDING_FRONT, {
        elbows: [
          [49, 14],
          [71, 14],
        ],
        hands: [
          [44, 4],
          [76, 4],
        ],
      }),
    ],
  },
  'belly-breathing-lying': {
    props: FLOOR,
    frames: [
      handsOnBelly,
      pose(handsOnBelly, {
        spine: [44, 78],
        hands: [
          [47, 78],
          [45, 78],
        ],
      }),
    ],
  },
  'belly-breathing-seated': {
    props: CHAIR,
    frames: [
      seatedHandOnBelly,
      pose(seatedHandOnBelly, {
        spine: [52, 45],
        hands: [
          [58, 48],
          [56, 48],
        ],
      }),
    ],
  },
  'box-breathing': { props: CHAIR, frames: [SEATED] },
  'eye-break': { props: ['chair', 'floor', 'gaze'], frames: [SEATED] },
  'seated-pelvic-tilt': {
    props: CHAIR,
    frames: [pose(SEATED, { spine: [40, 44] }), pose(SEATED, { spine: [51, 44] })],
  },
  'stand-and-move': {
    props: ['floor'],
    frames: [
      pose(STANDING, {
        knees: [
          [66, 72],
          [56, 72],
        ],
        feet: [
          [70, 91],
          [50, 90],
        ],
        elbows: [
          [56, 39],
          [64, 39],
        ],
        hands: [
          [53, 51],
          [69, 49],
        ],
      }),
      pose(STANDING, {
        knees: [
          [56, 72],
          [66, 72],
        ],
        feet: [
          [50, 90],
          [70, 91],
        ],
        elbows: [
          [64, 39],
          [56, 39],
        ],
        hands: [
          [69, 49],
          [53, 51],
        ],
      }),
    ],
  },
  'posture-check': {
    props: ['chair', 'floor', 'desk'],
    frames: [
      pose(SEATED, {
        elbows: [
          [50, 48],
          [48, 48],
        ],
        hands: [
          [68, 48],
          [66, 48],
        ],
      }),
    ],
  },
}
