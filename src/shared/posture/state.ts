import type { Calibration, Drift, Verdict } from './judge'

/** The day's tally, per local hour: how long the camera saw the person, and how much of it upright. */
export interface PostureDay {
  day: string
  seenMs: number[]
  uprightMs: number[]
}

/** Why a glance could not be taken: permission refused, no camera, or the camera or detector failed. */
export type CameraProblem = 'denied' | 'no-camera' | 'failed'

export interface PostureState {
  calibration: Calibration | null
  /** waiting for a glance to calibrate from; 'no-face' when the last one saw nobody */
  calibrating: 'waiting' | 'no-face' | null
  /** what the camera last said about the desk; null before any glance */
  presence: 'at-desk' | 'away' | null
  /** glances in a row that found no face (a single one may be a look down at a phone) */
  missesInARow: number
  verdict: Verdict | null
  /** the drift going on, since its first glance (mono) */
  drift: { kind: Drift; sinceMono: number } | null
  lastNudgeMono: number | null
  lastGlanceMono: number | null
  today: PostureDay | null
  problem: CameraProblem | null
}

export type PostureEvent = { type: 'calibrated' } | { type: 'calibration-missed' } | { type: 'nudge'; drift: Drift }

export function initialPostureState(): PostureState {
  return {
    calibration: null,
    calibrating: null,
    presence: null,
    missesInARow: 0,
    verdict: null,
    drift: null,
    lastNudgeMono: null,
    lastGlanceMono: null,
    today: null,
    problem: null,
  }
}
