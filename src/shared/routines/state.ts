import type { Routine } from './model'
import type { Segment, Side } from './segments'

export type PlayerStatus = 'running' | 'paused' | 'done'

/** How a finished session ended; set once, when it reaches the end or is ended early. */
export interface SessionOutcome {
  completed: boolean
  endedWall: number
  /** Time spent in the session, pauses excluded. */
  durationMs: number
}

/**
 * A session in progress. Position is `index` plus the mono instant the current segment started
 * (`segmentStartMono`, pushed later by every pause), so where the player is at any instant is computed,
 * never counted.
 */
export interface PlayerSession {
  sessionId: string
  routineId: string
  routineName: string
  segments: Segment[]
  itemCount: number
  /** Current segment; equals segments.length once done. */
  index: number
  segmentStartMono: number
  pausedAtMono: number | null
  pausedTotalMs: number
  startedWall: number
  startedMono: number
  status: PlayerStatus
  skippedCount: number
  outcome: SessionOutcome | null
}

export interface HistoryEntry {
  sessionId: string
  routineId: string
  routineName: string
  startedWall: number
  endedWall: number
  completed: boolean
  durationMs: number
  /** "How does your back feel?" 0–10, or null when not answered. */
  rating: number | null
}

export interface RoutinesState {
  session: PlayerSession | null
  /** Oldest first, at most HISTORY_LIMIT entries. */
  history: HistoryEntry[]
  customRoutines: Routine[]
  nextCustomNumber: number
  nextSessionNumber: number
}

export const HISTORY_LIMIT = 200
export const CUSTOM_ROUTINE_LIMIT = 50

export function initialRoutinesState(): RoutinesState {
  return { session: null, history: [], customRoutines: [], nextCustomNumber: 1, nextSessionNumber: 1 }
}

export type Cue = 'start' | 'switch-sides' | 'rest' | 'next' | 'done'

export type RoutinesEvent =
  | { type: 'cue'; cue: Cue; exerciseId: string | null; side: Side | null }
  | { type: 'session-ended'; routineId: string; completed: boolean }
  | { type: 'custom-routine-saved'; routineId: string }
