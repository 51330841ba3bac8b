import type { z } from 'zod'
import { fail, failWith, ok, type Result } from '../kernel/result'
import type { Instant } from '../kernel/time'
import { EXERCISES_BY_ID } from './exercises'
import { findRoutine, withDerivedSources } from './library'
import type { Routine } from './model'
import {
  endRoutinePayload,
  nextStepPayload,
  parsePayload,
  pauseRoutinePayload,
  previousStepPayload,
  resumeRoutinePayload,
  startRoutinePayload,
  type EmptyPayload,
  type StartRoutinePayload,
} from './schema'
import { compileSegments } from './segments'
import { HISTORY_LIMIT, type HistoryEntry, type PlayerSession, type RoutinesEvent, type RoutinesState } from './state'
import { cueFor, firstExerciseSegmentOf, settleSession } from './timeline'
import { routineProblems } from './validate'
import { sentences } from '../kernel/message'
import { msg } from '../i18n/catalog'

type Outcome = Result<RoutinesState, RoutinesEvent>
interface Transition {
  state: RoutinesState
  events: RoutinesEvent[]
}

/** Processes every boundary due up to `at`: cues for each segment entered, and the end of the session. */
export function advance(state: RoutinesState, at: Instant): Outcome {
  const caught = catchUp(state, at)
  return ok(caught.state, caught.events)
}

/** Milliseconds until the next cue moment (segment boundary); null when nothing is running. */
export function nextWakeMs(state: RoutinesState, at: Instant): number | null {
  const session = state.session
  if (!session || session.status !== 'running') return null
  const segment = session.segments[session.index]
  if (!segment) return 0
  return Math.max(0, session.segmentStartMono + segment.durationMs - at.mono)
}

export function startRoutine(state: RoutinesState, payload: StartRoutinePayload, at: Instant): Outcome {
  const parsed = parsePayload(startRoutinePayload, payload)
  if (!parsed.ok) return parsed
  const caught = catchUp(state, at)
  if (isActive(caught.state.session)) {
    return fail(msg('A routine is already playing. End it before starting another.'))
  }
  const routine = resolveRoutine(caught.state, parsed.data)
  if (!routine) return fail(msg('That routine is not in the library any more.'))
  const problems = routineProblems(routine, EXERCISES_BY_ID)
  if (problems.length > 0) return failWith(sentences(...problems))
  const compiled = compileSegments(routine, EXERCISES_BY_ID)
  if (!compiled.ok) return compiled
  const number = caught.state.nextSessionNumber
  const session: PlayerSession = {
    sessionId: `session-${number}`,
    routineId: routine.id,
    routineName: routine.name,
    segments: compiled.state,
    itemCount: routine.items.length,
    index: 0,
    segmentStartMono: at.mono,
    pausedAtMono: null,
    pausedTotalMs: 0,
    startedWall: at.wall,
    startedMono: at.mono,
    status: 'running',
    skippedCount: 0,
    outcome: null,
  }
  const cue = cueFor(session.segments, 0)
  return ok({ ...caught.state, session, nextSessionNumber: number + 1 }, [...caught.events, ...(cue ? [cue] : [])])
}

export function pauseRoutine(state: RoutinesState, payload: EmptyPayload, at: Instant): Outcome {
  const parsed = parsePayload(pauseRoutinePayload, payload)
  if (!parsed.ok) return parsed
  const caught = catchUp(state, at)
  const session = caught.state.session
  if (!session || session.status !== 'running') return fail(msg('Nothing is playing, so there is nothing to pause.'))
  return ok({ ...caught.state, session: { ...session, status: 'paused', pausedAtMono: at.mono } }, caught.events)
}

export function resumeRoutine(state: RoutinesState, payload: EmptyPayload, at: Instant): Outcome {
  const parsed = parsePayload(resumeRoutinePayload, payload)
  if (!parsed.ok) return parsed
  const session = state.session
  if (!session || session.status !== 'paused' || session.pausedAtMono === null) {
    return fail(msg('The routine is not paused.'))
  }
  const pausedMs = Math.max(0, at.mono - session.pausedAtMono)
  const resumed: PlayerSession = {
    ...session,
    status: 'running',
    pausedAtMono: null,
    pausedTotalMs: session.pausedTotalMs + pausedMs,
    segmentStartMono: session.segmentStartMono + pausedMs,
  }
  return ok({ ...state, session: resumed })
}

/** Skip: to the start of the next routine step (past any remaining side and rest); past the last step, the end. */
export function nextStep(state: RoutinesState, payload: EmptyPayload, at: Instant): Outcome {
  const parsed = parsePayload(nextStepPayload, payload)
  if (!parsed.ok) return parsed
  const caught = catchUp(state, at)
  const session = caught.state.session
  const current = session && isActive(session) ? session.segments[session.index] : undefined
  if (!session || !current) return fail(msg('Nothing is playing, so there is nothing to skip.'))
  const targetItem = current.kind === 'exercise' ? current.itemIndex + 1 : current.itemIndex
  const skipped: PlayerSession = {
    ...session,
    skippedCount: session.skippedCount + (current.kind === 'exercise' ? 1 : 0),
  }
  const target = firstExerciseSegmentOf(session.segments, targetItem)
  if (target < 0) {
    const finished = finish({ ...caught.state, session: skipped }, skipped, at.mono, at, true)
    return ok(finished.state, [...caught.events, ...finished.events])
  }
  return jumpTo(caught, skipped, target, at)
}

/** Back: to the start of the previous routine step; in the first step, its start again. */
export function previousStep(state: RoutinesState, payload: EmptyPayload, at: Instant): Outcome {
  const parsed = parsePayload(previousStepPayload, payload)
  if (!parsed.ok) return parsed
  const caught = catchUp(state, at)
  const session = caught.state.session
  const current = session && isActive(session) ? session.segments[session.index] : undefined
  if (!session || !current) return fail(msg('Nothing is playing, so there is nothing to go back to.'))
  if (current.kind === 'prepare') return jumpTo(caught, session, session.index, at)
  const target = firstExerciseSegmentOf(session.segments, Math.max(0, current.itemIndex - 1))
  return jumpTo(caught, session, target, at)
}

/** Ends the session early; it is still recorded in the history. */
export function endRoutine(state: RoutinesState, payload: EmptyPayload, at: Instant): Outcome {
  const parsed = parsePayload(endRoutinePayload, payload)
  if (!parsed.ok) return parsed
  const caught = catchUp(state, at)
  const session = caught.state.session
  if (!session || !isActive(session)) return fail(msg('Nothing is playing, so there is nothing to end.'))
  const finished = finish(caught.state, session, at.mono, at, false)
  return ok(finished.state, [...caught.events, ...finished.events])
}

/** A library routine by id, or the unsaved routine sent along (citing its exercises' sources if it has none). */
function resolveRoutine(state: RoutinesState, data: z.output<typeof startRoutinePayload>): Routine | undefined {
  if (data.routineId !== undefined) return findRoutine(state, data.routineId)
  if (!data.routine) return undefined
  const { id, ...fields } = data.routine
  return withDerivedSources({ id: id ?? 'custom-unsaved', ...fields }, EXERCISES_BY_ID)
}

function isActive(session: PlayerSession | null): session is PlayerSession {
  return session !== null && session.status !== 'done'
}

function catchUp(state: RoutinesState, at: Instant): Transition {
  const session = state.session
  if (!session || session.status !== 'running') return { state, events: [] }
  const settled = settleSession(session, at.mono)
  if (settled.entered.length === 0) return { state, events: [] }
  const events = settled.entered.flatMap((index) => {
    if (index >= settled.session.segments.length) return []
    const cue = cueFor(settled.session.segments, index)
    return cue ? [cue] : []
  })
  const moved = { ...state, session: settled.session }
  if (settled.session.index < settled.session.segments.length) return { state: moved, events }
  // The end is the exact boundary, however late we were woken.
  const finished = finish(moved, settled.session, settled.session.segmentStartMono, at, true)
  return { state: finished.state, events: [...events, ...finished.events] }
}

/** Starts segment `target` afresh; a paused player stays paused at its beginning. */
function jumpTo(caught: Transition, session: PlayerSession, target: number, at: Instant): Outcome {
  const moved: PlayerSession = {
    ...session,
    index: target,
    segmentStartMono: session.pausedAtMono ?? at.mono,
  }
  const cue = cueFor(moved.segments, target)
  return ok({ ...caught.state, session: moved }, [...caught.events, ...(cue ? [cue] : [])])
}

function finish(
  state: RoutinesState,
  session: PlayerSession,
  endMono: number,
  at: Instant,
  completed: boolean,
): Transition {
  const pausedTotalMs =
    session.pausedTotalMs + (session.pausedAtMono === null ? 0 : Math.max(0, endMono - session.pausedAtMono))
  const endedWall = at.wall - (at.mono - endMono)
  const durationMs = Math.max(0, endMono - session.startedMono - pausedTotalMs)
  const entry: HistoryEntry = {
    sessionId: session.sessionId,
    routineId: session.routineId,
    routineName: session.routineName,
    startedWall: session.startedWall,
    endedWall,
    completed,
    durationMs,
    rating: null,
  }
  const done: PlayerSession = {
    ...session,
    status: 'done',
    index: session.segments.length,
    pausedAtMono: null,
    pausedTotalMs,
    outcome: { completed, endedWall, durationMs },
  }
  const events: RoutinesEvent[] = []
  const doneCue = completed ? cueFor(session.segments, session.segments.length) : null
  if (doneCue) events.push(doneCue)
  events.push({ type: 'session-ended', routineId: session.routineId, completed })
  return {
    state: { ...state, session: done, history: [...state.history, entry].slice(-HISTORY_LIMIT) },
    events,
  }
}
