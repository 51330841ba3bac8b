import type { Instant } from '../kernel/time'
import { HISTORY_LIMIT, MIN_REST_MINUTES, SKIN_CHECK_AFTER_MS } from './limits'
import type { ActiveSession, SessionRecord, TherapyState } from './state'
import { MINUTE_MS } from '../kernel/time'

/** Time the pack has been on, paused time excluded (mono). */
export function elapsedMs(session: ActiveSession, at: Instant): number {
  if (session.ended) return session.plannedMs
  const until = session.pausedAt ? session.pausedAt.mono : at.mono
  return Math.max(0, until - session.start.mono - session.pausedMs)
}

export function remainingMs(session: ActiveSession, at: Instant): number {
  return Math.max(0, session.plannedMs - elapsedMs(session, at))
}

export function skinCheckApplies(session: ActiveSession): boolean {
  return session.plannedMs > SKIN_CHECK_AFTER_MS
}

/** The mono instant the planned time runs out, for a running session. */
export function plannedEndMono(session: ActiveSession): number {
  return session.start.mono + session.pausedMs + session.plannedMs
}

/** Time left before any pack may go on, counted from when the last one came off. */
export function restRemainingMs(state: TherapyState, at: Instant): number {
  const last = state.lastPackOff
  if (!last) return 0
  return Math.max(0, last.at.mono + MIN_REST_MINUTES * MINUTE_MS - at.mono)
}

/** The history with this session's record added, keeping the newest `HISTORY_LIMIT`. */
export function record(
  state: TherapyState,
  session: ActiveSession,
  outcome: Pick<SessionRecord, 'actualMs' | 'endedEarly' | 'endedWhileClosed'>,
): SessionRecord[] {
  const entry: SessionRecord = {
    id: session.id,
    kind: session.kind,
    presetId: session.presetId,
    episodeId: session.episodeId,
    startWall: session.start.wall,
    plannedMs: session.plannedMs,
    ...outcome,
  }
  return [...state.history, entry].slice(-HISTORY_LIMIT)
}

export function formatClock(ms: number): string {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000)
  const minutes = Math.floor(totalSeconds / 60)
  const seconds = totalSeconds % 60
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`
}
