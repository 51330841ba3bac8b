import type { FaceReading } from './glance'

/** The neutral head the person chose while "sitting as they want to sit". */
export type Calibration = FaceReading

export const DRIFTS = ['leaning-in', 'dropped', 'tilted'] as const
export type Drift = (typeof DRIFTS)[number]

/** What one face says against the calibration: upright, a drift, or aside (too far off to judge). */
export type Verdict = 'upright' | 'aside' | Drift

/** A head turned or moved this far sideways (in calibrated face widths) is not judged: it is elsewhere. */
const ASIDE_FACES = 1.2
/** Degrees of roll per percent of dead zone: a 15% zone allows a 12° tilt. */
const ROLL_PER_PERCENT = 0.8

/**
 * Leaning in makes the face larger, a dropped head sits lower in the frame, a tilt rolls the eye line; each is
 * measured against the calibration, and only what is beyond the dead zone counts. Moving back or up is not a drift.
 */
export function judge(face: FaceReading, calibration: Calibration, deadZonePercent: number): Verdict {
  const zone = deadZonePercent / 100
  if (Math.abs(face.x - calibration.x) > ASIDE_FACES * calibration.size) return 'aside'
  if (face.size > calibration.size * (1 + zone)) return 'leaning-in'
  if (face.y - calibration.y > calibration.size * zone) return 'dropped'
  if (Math.abs(face.roll - calibration.roll) > deadZonePercent * ROLL_PER_PERCENT) return 'tilted'
  return 'upright'
}
