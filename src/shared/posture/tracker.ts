import { localDayKey, localParts, MINUTE_MS, type Instant } from '../kernel/time'
import type { Glance } from './glance'
import { judge, type Verdict } from './judge'
import type { PostureSettings } from './settings'
import type { PostureDay, PostureEvent, PostureState } from './state'

export interface PostureContext {
  settings: PostureSettings
  timeZone: string
}

/** What the camera says about the desk after a glance: someone at it, nobody (confirmed), or not sure yet. */
export type Presence = 'at-desk' | 'away' | null

export interface GlanceStep {
  state: PostureState
  events: PostureEvent[]
  presence: Presence
}

/** A face missing from this many glances in a row is an empty desk; one alone may be a look down at a phone. */
export const MISSES_FOR_AWAY = 2
/** Glances further apart than this many intervals (off, away, a call) start the drift and the tally afresh. */
const GAP_INTERVALS = 3

const glanceMs = (ctx: PostureContext) => ctx.settings.glanceSeconds * 1000

function emptyDay(day: string): PostureDay {
  return { day, seenMs: Array<number>(24).fill(0), uprightMs: Array<number>(24).fill(0) }
}

/**
 * The time since the last glance goes to this glance's verdict, in the hour it was taken. A drift still inside the
 * hold time counts as upright: a look at the keyboard is not slouching.
 */
function tally(state: PostureState, upright: boolean, at: Instant, ctx: PostureContext): PostureDay {
  const key = localDayKey(at.wall, ctx.timeZone)
  const day = state.today?.day === key ? state.today : emptyDay(key)
  if (state.lastGlanceMono === null) return day
  const spanMs = Math.min(at.mono - state.lastGlanceMono, glanceMs(ctx))
  if (spanMs <= 0) return day
  const hour = localParts(at.wall, ctx.timeZone).hour
  const seenMs = day.seenMs.map((ms, h) => (h === hour ? ms + spanMs : ms))
  const uprightMs = upright ? day.uprightMs.map((ms, h) => (h === hour ? ms + spanMs : ms)) : day.uprightMs
  return { day: key, seenMs, uprightMs }
}

function missed(state: PostureState): GlanceStep {
  const missesInARow = state.missesInARow + 1
  const calibrating = state.calibrating ? 'no-face' : null
  const events: PostureEvent[] = state.calibrating ? [{ type: 'calibration-missed' }] : []
  const away = missesInARow >= MISSES_FOR_AWAY
  return {
    state: { ...state, missesInARow, calibrating, verdict: null, ...(away ? { presence: 'away' } : {}) },
    events,
    presence: away ? 'away' : null,
  }
}

/**
 * One glance: presence first, then posture against the calibration. A drift beyond the dead zone that lasts the
 * hold time gives one nudge, and never sooner than the nudge spacing after the last one.
 */
export function observeGlance(state: PostureState, glance: Glance, at: Instant, ctx: PostureContext): GlanceStep {
  const gap = state.lastGlanceMono === null || at.mono - state.lastGlanceMono > GAP_INTERVALS * glanceMs(ctx)
  const fresh: PostureState = { ...state, problem: null, ...(gap ? { drift: null, lastGlanceMono: null } : {}) }
  const face = glance.face
  if (!face) return missed({ ...fresh, lastGlanceMono: at.mono })
  const seen: PostureState = { ...fresh, presence: 'at-desk', missesInARow: 0 }
  if (state.calibrating) {
    return {
      state: {
        ...seen,
        calibration: face,
        calibrating: null,
        verdict: 'upright',
        drift: null,
        lastGlanceMono: at.mono,
      },
      events: [{ type: 'calibrated' }],
      presence: 'at-desk',
    }
  }
  if (!seen.calibration) return { state: { ...seen, lastGlanceMono: at.mono }, events: [], presence: 'at-desk' }
  const verdict = judge(face, seen.calibration, ctx.settings.deadZonePercent)
  return { ...judged(seen, verdict, at, ctx), presence: 'at-desk' }
}

function judged(state: PostureState, verdict: Verdict, at: Instant, ctx: PostureContext) {
  const holdMs = ctx.settings.holdMinutes * MINUTE_MS
  const drifting = verdict !== 'upright' && verdict !== 'aside'
  const drift = drifting ? { kind: verdict, sinceMono: state.drift?.sinceMono ?? at.mono } : null
  const held = drift !== null && at.mono - drift.sinceMono >= holdMs
  // A face off to the side is someone at the desk, but not a posture to judge.
  const today = verdict === 'aside' ? state.today : tally(state, !held, at, ctx)
  const next: PostureState = { ...state, verdict, drift, today, lastGlanceMono: at.mono }
  const spaced =
    state.lastNudgeMono === null || at.mono - state.lastNudgeMono >= ctx.settings.nudgeEveryMinutes * MINUTE_MS
  if (!held || !spaced) return { state: next, events: [] as PostureEvent[] }
  return {
    state: { ...next, lastNudgeMono: at.mono },
    events: [{ type: 'nudge', drift: drift.kind }] as PostureEvent[],
  }
}
