import type { Instant } from '../kernel/time'
import {
  type TherapyKind,
  MAX_SESSION_MINUTES,
  MIN_REST_MINUTES,
  MIN_SESSION_MINUTES,
  SUGGESTED_REST_MINUTES,
} from './limits'
import { findPreset, type PresetId } from './presets'
import type { TherapySettings } from './schema'
import type { Episode, SessionRecord, TherapyState } from './state'
import { suggestedPhase } from './episode'
import { elapsedMs, remainingMs } from './timing'
import { restAt, type Rest } from './rest'

/**
 * What the therapy screen draws that changes. The fixed content (presets, safety checklist, skin check) is not in
 * the snapshot: the screen imports it, so every snapshot is that much smaller.
 */
export interface TherapyView {
  session: {
    kind: TherapyKind
    presetId: PresetId
    plannedMs: number
    remainingMs: number
    elapsedMs: number
    paused: boolean
    skinCheckDue: boolean
    endedAwaitingAck: boolean
    endedWhileClosed: boolean
  } | null
  /** The rest gap before any next pack, counted from when the last pack came off; null when none is running. */
  rest: Rest | null
  episode:
    | (Omit<Episode, 'switchSuggested'> & {
        suggestedKind: TherapyKind
        suggestedMinutes: number
        suggestedRestMinutes: number
      })
    | null
  /** Set once the episode's cold phase is over. */
  suggestion: { from: TherapyKind; to: TherapyKind } | null
  /** The open episode's sessions, newest first (the newest EARLIER_SESSIONS when no episode is open). */
  history: SessionRecord[]
  limits: {
    minSessionMinutes: number
    maxSessionMinutes: Record<TherapyKind, number>
    minRestMinutes: number
    suggestedRestMinutes: number
  }
  dailySessionCap: number | null
}

/** Without an open episode the screen lists the latest sessions; the full history stays in the core. */
export const EARLIER_SESSIONS = 10

export function therapyView(state: TherapyState, at: Instant, settings: TherapySettings): TherapyView {
  const session = state.session
  const episode = state.episode
  const phase = episode ? suggestedPhase(episode, at) : null
  const phases = episode ? findPreset(episode.presetId).phases : []
  const from = phases[0]?.kind
  const to = phases[1]?.kind
  return {
    session: session && {
      kind: session.kind,
      presetId: session.presetId,
      plannedMs: session.plannedMs,
      remainingMs: remainingMs(session, at),
      elapsedMs: elapsedMs(session, at),
      paused: session.pausedAt !== null,
      skinCheckDue: session.skinCheckFired && !session.skinCheckDismissed && !session.ended,
      endedAwaitingAck: session.ended !== null,
      endedWhileClosed: session.ended?.whileClosed ?? false,
    },
    rest: restAt(state, at),
    episode:
      episode && phase
        ? {
            id: episode.id,
            presetId: episode.presetId,
            note: episode.note,
            area: episode.area,
            startWall: episode.startWall,
            safetyConfirmed: episode.safetyConfirmed,
            suggestedKind: phase.phase.kind,
            suggestedMinutes: phase.phase.sessionMinutes,
            suggestedRestMinutes: phase.phase.restMinutes,
          }
        : null,
    suggestion: episode?.switchSuggested && from && to ? { from, to } : null,
    history: episode
      ? state.history.filter((entry) => entry.episodeId === episode.id).reverse()
      : state.history.slice(-EARLIER_SESSIONS).reverse(),
    limits: {
      minSessionMinutes: MIN_SESSION_MINUTES,
      maxSessionMinutes: MAX_SESSION_MINUTES,
      minRestMinutes: MIN_REST_MINUTES,
      suggestedRestMinutes: SUGGESTED_REST_MINUTES,
    },
    dailySessionCap: settings.dailySessionCap,
  }
}
