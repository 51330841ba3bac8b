import type { Instant } from '../time'
import { ok, type Result } from '../result'
import { END_ALERT_REPEAT_MS } from './limits'
import { finishSession } from './session'
import type { Stamp, TherapyEvent, TherapyState } from './state'

/**
 * After an app restart the monotonic clock starts again from an unrelated origin, so this one case measures the
 * time the app was closed with wall time (clamped at 0 if the clock went back) and rebuilds every mono reading.
 */
function rebase(stamp: Stamp, at: Instant): Stamp {
  return { wall: stamp.wall, mono: at.mono - Math.max(0, at.wall - stamp.wall) }
}

/** Loads persisted state after a restart: the right time left, or the session recorded as ended with its alert. */
export function restore(saved: TherapyState, at: Instant): Result<TherapyState, TherapyEvent> {
  const lastEnd = {
    cold: saved.lastEnd.cold && { ...saved.lastEnd.cold, at: rebase(saved.lastEnd.cold.at, at) },
    heat: saved.lastEnd.heat && { ...saved.lastEnd.heat, at: rebase(saved.lastEnd.heat.at, at) },
  }
  const state: TherapyState = { ...saved, lastEnd }
  const session = saved.session
  if (!session) return ok(state)
  if (session.ended) {
    const ended = { ...session.ended, at: rebase(session.ended.at, at), nextAlertMono: at.mono + END_ALERT_REPEAT_MS }
    const repeats = ended.repeats + 1
    return ok({ ...state, session: { ...session, ended: { ...ended, repeats } } }, [
      { type: 'end-alert-repeat', kind: session.kind, repeats },
    ])
  }
  // Paused time stays consistent with wall time: elapsed = (paused-at or now).wall - start.wall - pausedMs.
  const pausedMs = session.pausedMs + (session.pausedAt ? Math.max(0, at.wall - session.pausedAt.wall) : 0)
  const elapsed = Math.max(0, at.wall - session.start.wall - pausedMs)
  const startMono = at.mono - elapsed - pausedMs
  const rebuilt = {
    ...session,
    start: { wall: session.start.wall, mono: startMono },
    pausedMs,
    pausedAt: session.pausedAt ? { wall: at.wall, mono: at.mono } : null,
  }
  if (rebuilt.pausedAt || elapsed < session.plannedMs) return ok({ ...state, session: rebuilt })
  const overBy = elapsed - session.plannedMs
  return finishSession(state, rebuilt, { wall: at.wall - overBy, mono: at.mono - overBy }, at, true)
}
