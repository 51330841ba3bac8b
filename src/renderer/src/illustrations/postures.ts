import type { Body } from './figure'

/** The few postures every pose starts from (side view, facing right, unless named "front"). */
export const STANDING: Body = {
  head: [60, 14],
  neck: [60, 24],
  hip: [60, 54],
  knees: [
    [61, 73],
    [59, 73],
  ],
  feet: [
    [62, 91],
    [58, 91],
  ],
  elbows: [
    [61, 39],
    [59, 39],
  ],
  hands: [
    [63, 53],
    [57, 53],
  ],
}

export const STANDING_FRONT: Body = {
  head: [60, 14],
  neck: [60, 24],
  hip: [60, 54],
  knees: [
    [57, 73],
    [63, 73],
  ],
  feet: [
    [56, 91],
    [64, 91],
  ],
  elbows: [
    [52, 38],
    [68, 38],
  ],
  hands: [
    [50, 52],
    [70, 52],
  ],
}

/** On a chair (the 'chair' prop: seat at y 62 from x 36 to 62). */
export const SEATED: Body = {
  head: [46, 18],
  neck: [46, 28],
  hip: [46, 59],
  knees: [
    [70, 59],
    [68, 59],
  ],
  feet: [
    [70, 91],
    [68, 91],
  ],
  elbows: [
    [49, 43],
    [47, 43],
  ],
  hands: [
    [62, 54],
    [60, 54],
  ],
  nose: [53, 18],
}

/** On a stool seen from the front (the 'stool' is drawn by the chair prop's front view). */
export const SEATED_FRONT: Body = {
  head: [60, 18],
  neck: [60, 28],
  hip: [60, 60],
  knees: [
    [52, 63],
    [68, 63],
  ],
  feet: [
    [50, 91],
    [70, 91],
  ],
  elbows: [
    [50, 44],
    [70, 44],
  ],
  hands: [
    [52, 58],
    [68, 58],
  ],
}

/** Lying on the back, knees bent, head to the left. */
export const LYING_KNEES_BENT: Body = {
  head: [18, 80],
  neck: [28, 84],
  hip: [60, 84],
  knees: [
    [76, 66],
    [74, 66],
  ],
  feet: [
    [90, 86],
    [88, 86],
  ],
  elbows: [
    [40, 87],
    [38, 87],
  ],
  hands: [
    [52, 87],
    [50, 87],
  ],
}

/** Lying on the front on the forearms, head to the left. */
export const LYING_FRONT: Body = {
  head: [18, 80],
  neck: [28, 84],
  hip: [60, 85],
  knees: [
    [80, 86],
    [80, 86],
  ],
  feet: [
    [100, 86],
    [100, 86],
  ],
  elbows: [
    [30, 88],
    [30, 88],
  ],
  hands: [
    [18, 88],
    [18, 88],
  ],
}

/** On hands and knees, head to the left. */
export const ALL_FOURS: Body = {
  head: [33, 54],
  neck: [42, 58],
  hip: [78, 58],
  knees: [
    [78, 86],
    [76, 86],
  ],
  feet: [
    [100, 87],
    [98, 87],
  ],
  elbows: [
    [43, 72],
    [41, 72],
  ],
  hands: [
    [43, 86],
    [41, 86],
  ],
}
