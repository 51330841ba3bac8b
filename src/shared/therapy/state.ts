import type { TherapyKind } from './limits'
import type { PresetId } from './presets'

/** A moment kept in both clocks: mono for durations in this run, wall to rebuild mono after a restart. */
export interface Stamp {
  wall: number
  mono: number
}

export interface ActiveSession {
  id: string
  kind: TherapyKind
  presetId: PresetId
  episodeId: string
  plannedMs: number
  start: Stamp
  /** Paused time already finished (not counted). */
  pausedMs: number
  pausedAt: Stamp | null
  skinCheckFired: boolean
  skinCheckDismissed: boolean
  /** Set once the planned time is up; the session waits for `acknowledgeEnd`. */
  ended: { at: Stamp; whileClosed: boolean; nextAlertMono: number; repeats: number } | null
}

export interface SessionRecord {
  id: string
  kind: TherapyKind
  presetId: PresetId
  episodeId: string
  startWall: number
  plannedMs: number
  actualMs: number
  endedEarly: boolean
  endedWhileClosed: boolean
}

export interface Episode {
  id: string
  presetId: PresetId
  note: string | null
  area: string | null
  startWall: number
  safetyConfirmed: boolean
  /** The cold → heat suggestion was sent (once per episode). */
  switchSuggested: boolean
}

/** The last pack to come off the skin: the rest gap before any next pack counts from here. */
export interface PackOff {
  kind: TherapyKind
  at: Stamp
  restOverNotified: boolean
}

export interface TherapyState {
  session: ActiveSession | null
  episode: Episode | null
  /** One for both kinds: skin that was cold or warm needs the same rest before any pack goes on again. */
  lastPackOff: PackOff | null
  history: SessionRecord[]
  nextId: number
}

export type TherapyEvent =
  | { type: 'session-started'; kind: TherapyKind; plannedMs: number }
  | { type: 'skin-check'; kind: TherapyKind; lookFor: string[]; advice: string }
  | { type: 'session-ended'; kind: TherapyKind; endedEarly: boolean; whileClosed: boolean }
  | { type: 'end-alert-repeat'; kind: TherapyKind; repeats: number }
  | { type: 'rest-over'; kind: TherapyKind }
  | { type: 'suggest-switch'; episodeId: string; from: TherapyKind; to: TherapyKind }

export function initialTherapyState(): TherapyState {
  return { session: null, episode: null, lastPackOff: null, history: [], nextId: 1 }
}
