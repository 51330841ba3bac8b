/**
 * Names of the illustrations the UI draws (one SVG figure per key). Content refers to a pose by key only,
 * so the drawings can change without touching the exercise data.
 */
export const POSE_KEYS = [
  'bottom-to-heels',
  'knee-rolls',
  'prone-back-extension',
  'pelvic-tilt',
  'knee-to-chest',
  'standing-back-bend',
  'sitting-tall',
  'cat-cow',
  'glute-bridge',
  'seated-twist',
  'seated-back-extension',
  'seated-knee-hug',
  'neck-rotation',
  'neck-side-stretch',
  'chin-tuck',
  'shoulder-rolls',
  'cross-body-shoulder',
  'chest-opener',
  'overhead-reach',
  'wall-slides',
  'belly-breathing-lying',
  'belly-breathing-seated',
  'box-breathing',
  'eye-break',
  'seated-pelvic-tilt',
  'stand-and-move',
  'posture-check',
] as const

export type PoseKey = (typeof POSE_KEYS)[number]
