import type { Instant } from '../kernel/time'
import { ok, type Result } from '../kernel/result'
import { END_ALERT_REPEAT_MS, THERAPY_KINDS, type TherapyKind } from './limits'
import { finishSession } from './session'
import type { PackOff, Stamp, TherapyEvent, TherapyState } from './state'

/**
 * After an app restart the monotonic clock starts again from an unrelated origin, so this one case measures the
 * time the app was closed with wall time (clamped at 0 if the clock went back) and rebuilds every mono reading.
 */
function rebase(stamp: Stamp, at: Instant): Stamp {
  return { wall: stamp.wall, mono: at.mono - Math.max(0, at.wall - stamp.wall) }
}

/** What may be on disk: data saved before the rest gap was shared across kinds kept one end per kind. */
export type SavedTherapyState = Omit<TherapyState, 'lastPackOff'> & {
  lastPackOff?: PackOff | null
  lastEnd?: Partial<Record<TherapyKind, Omit<PackOff, 'kind'> | null>>
}

/** The last pack off; from older data, the later of the per-kind ends. */
function lastPackOffOf(saved: SavedTherapyState): PackOff | null {
  if (saved.lastPackOff !== undefined) return saved.lastPackOff
  const ends = THERAPY_KINDS.flatMap((kind) => {
    const end = saved.lastEnd?.[kind]
    return end ? [{ ...end, kind }] : []
  })
  return ends.reduce<PackOff | null>((latest, end) => (latest && latest.at.wall >= end.at.wall ? latest : end), null)
}

/** Loads persisted state after a restart: the right time left, or the session recorded as ended with its alert. */
export function restore(saved: SavedTherapyState, at: Instant): Result<TherapyState, TherapyEvent> {
  const last = lastPackOffOf(saved)
  const state: TherapyState = {
    session: saved.session,
    episode: saved.episode,
    history: saved.history,
    nextId: saved.nextId,
    lastPackOff: last && { ...last, at: rebase(last.at, at) },
  }
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
