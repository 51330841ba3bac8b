import type { Instant } from '../kernel/time'
import { EXERCISES_BY_ID } from './exercises'
import { allRoutines, summarizeRoutine, type RoutineSummary } from './library'
import type { ExercisesById, Routine } from './model'
import { totalDurationMs, type Segment, type SegmentKind, type Side } from './segments'
import type { HistoryEntry, PlayerStatus, RoutinesState, SessionOutcome } from './state'
import { elapsedInSegment, settleSession } from './timeline'

export interface SegmentView {
  kind: SegmentKind
  exerciseId: string
  exerciseName: string
  side: Side | null
  durationMs: number
  remainingMs: number
  /** For reps: which repetition is under way (1-based) out of `reps`. */
  rep: number | null
  reps: number | null
}

export interface PlayerView {
  sessionId: string
  routineId: string
  routineName: string
  status: PlayerStatus
  /** null once the routine is over. */
  segment: SegmentView | null
  /** Routine step under way (0-based) and the number of steps: the progress the UI shows. */
  itemIndex: number
  itemCount: number
  nextUp: { exerciseId: string; name: string } | null
  totalMs: number
  remainingTotalMs: number
  outcome: SessionOutcome | null
}

export interface RoutinesView {
  player: PlayerView | null
  library: RoutineSummary[]
  customRoutines: Routine[]
  /** The newest RECENT_SESSIONS sessions, newest first (the history kept is longer; the snapshot stays small). */
  history: HistoryEntry[]
}

export const RECENT_SESSIONS = 10

/** What the UI shows at `at`. Position is computed, so the view is right even if `advance` has not run yet. */
export function routinesView(state: RoutinesState, at: Instant): RoutinesView {
  return {
    player: playerView(state, at),
    library: allRoutines(state).map((routine) => summarizeRoutine(routine)),
    customRoutines: state.customRoutines,
    history: state.history.slice(-RECENT_SESSIONS).reverse(),
  }
}

export function playerView(
  state: RoutinesState,
  at: Instant,
  exercisesById: ExercisesById = EXERCISES_BY_ID,
): PlayerView | null {
  if (!state.session) return null
  const session = settleSession(state.session, at.mono).session
  const { segments, index } = session
  const current = segments[index]
  const totalMs = totalDurationMs(segments)
  const elapsedMs = current ? Math.min(current.durationMs, elapsedInSegment(session, at.mono)) : 0
  const laterMs = totalDurationMs(segments.slice(index + 1))
  const remainingTotalMs = current ? current.durationMs - elapsedMs + laterMs : 0
  return {
    sessionId: session.sessionId,
    routineId: session.routineId,
    routineName: session.routineName,
    status: current ? session.status : 'done',
    segment: current ? segmentView(current, elapsedMs, exercisesById) : null,
    itemIndex: current ? current.itemIndex : session.itemCount,
    itemCount: session.itemCount,
    nextUp: current ? nextUp(segments, index, exercisesById) : null,
    totalMs,
    remainingTotalMs,
    outcome: session.outcome,
  }
}

function segmentView(segment: Segment, elapsedMs: number, exercisesById: ExercisesById): SegmentView {
  const rep =
    segment.reps !== null && segment.secondsPerRep !== null
      ? Math.min(segment.reps, Math.floor(elapsedMs / (segment.secondsPerRep * 1000)) + 1)
      : null
  return {
    kind: segment.kind,
    exerciseId: segment.exerciseId,
    exerciseName: exercisesById[segment.exerciseId]?.name ?? segment.exerciseId,
    side: segment.side,
    durationMs: segment.durationMs,
    remainingMs: segment.durationMs - elapsedMs,
    rep,
    reps: segment.reps,
  }
}

/** The exercise after the current one (during a rest or the countdown: the one about to start). */
function nextUp(segments: readonly Segment[], index: number, exercisesById: ExercisesById): PlayerView['nextUp'] {
  const current = segments[index]
  const upcoming = segments.slice(index + 1).find((segment) => {
    if (segment.kind !== 'exercise') return false
    return current?.kind !== 'exercise' || segment.itemIndex !== current.itemIndex
  })
  if (!upcoming) return null
  return {
    exerciseId: upcoming.exerciseId,
    name: exercisesById[upcoming.exerciseId]?.name ?? upcoming.exerciseId,
  }
}
