import { localDayKey, type Instant } from '../kernel/time'
import type { Drift, Verdict } from './judge'
import type { PostureSettings } from './settings'
import type { PostureState } from './state'

export interface PostureHour {
  hour: number
  seenMinutes: number
  /** share of the seen time spent upright, 0–100 */
  uprightPercent: number
}

export interface PostureView {
  enabled: boolean
  /** whether the host should glance now: on, and the person neither away, locked nor in a call */
  glancing: boolean
  glanceEveryMs: number
  calibrated: boolean
  calibrating: PostureState['calibrating']
  presence: PostureState['presence']
  verdict: Verdict | null
  /** a drift that has lasted the hold time */
  heldDrift: Drift | null
  today: { seenMinutes: number; uprightPercent: number | null; hours: PostureHour[] }
  problem: PostureState['problem']
}

const minutes = (ms: number) => Math.round(ms / 60_000)
const percent = (part: number, whole: number) => Math.round((100 * part) / whole)

/** `paused`: the host should not glance (away, locked, asleep, in a call). */
export function postureView(
  state: PostureState,
  settings: PostureSettings,
  at: Instant,
  timeZone: string,
  paused: boolean,
): PostureView {
  const day = state.today?.day === localDayKey(at.wall, timeZone) ? state.today : null
  const seenMs = day ? day.seenMs.reduce((a, b) => a + b, 0) : 0
  const uprightMs = day ? day.uprightMs.reduce((a, b) => a + b, 0) : 0
  const hours = day
    ? day.seenMs.flatMap((ms, hour) =>
        ms > 0 ? [{ hour, seenMinutes: minutes(ms), uprightPercent: percent(day.uprightMs[hour] ?? 0, ms) }] : [],
      )
    : []
  const holdMs = settings.holdMinutes * 60_000
  const held = state.drift !== null && at.mono - state.drift.sinceMono >= holdMs ? state.drift.kind : null
  const on = settings.enabled
  return {
    enabled: on,
    glancing: on && !paused,
    glanceEveryMs: settings.glanceSeconds * 1000,
    calibrated: state.calibration !== null,
    calibrating: on ? state.calibrating : null,
    presence: on ? state.presence : null,
    verdict: on ? state.verdict : null,
    heldDrift: on ? held : null,
    today: { seenMinutes: minutes(seenMs), uprightPercent: seenMs > 0 ? percent(uprightMs, seenMs) : null, hours },
    problem: on ? state.problem : null,
  }
}
