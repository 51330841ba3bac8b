import type { Segment } from './segments'
import type { Cue, PlayerSession, RoutinesEvent } from './state'

/** Index of the first exercise segment of a routine step, or -1. */
export function firstExerciseSegmentOf(segments: readonly Segment[], itemIndex: number): number {
  return segments.findIndex((segment) => segment.kind === 'exercise' && segment.itemIndex === itemIndex)
}

/** The cue to sound on entering segment `index` (`segments.length` = the end); none for the get-ready countdown. */
export function cueFor(segments: readonly Segment[], index: number): RoutinesEvent | null {
  const segment = segments[index]
  if (!segment) return index >= segments.length ? cueEvent('done', null) : null
  if (segment.kind === 'prepare') return null
  if (segment.kind === 'rest') return cueEvent('rest', segment)
  if (segment.side === 'right') return cueEvent('switch-sides', segment)
  const firstExercise = segments.findIndex((candidate) => candidate.kind === 'exercise')
  return cueEvent(index === firstExercise ? 'start' : 'next', segment)
}

function cueEvent(cue: Cue, segment: Segment | null): RoutinesEvent {
  return { type: 'cue', cue, exerciseId: segment?.exerciseId ?? null, side: segment?.side ?? null }
}

/**
 * Moves a running session across every segment boundary up to `mono`. Boundaries are added up from exact
 * durations, so however late or seldom this is called, the session lands where it would have been.
 * Returns the indices entered, in order (the last may be `segments.length`: the end).
 */
export function settleSession(session: PlayerSession, mono: number): { session: PlayerSession; entered: number[] } {
  if (session.status !== 'running') return { session, entered: [] }
  let { index, segmentStartMono } = session
  const entered: number[] = []
  for (;;) {
    const segment = session.segments[index]
    if (!segment || mono - segmentStartMono < segment.durationMs) break
    segmentStartMono += segment.durationMs
    index += 1
    entered.push(index)
  }
  if (entered.length === 0) return { session, entered }
  return { session: { ...session, index, segmentStartMono }, entered }
}

/** Milliseconds already spent in the current segment at `mono` (frozen while paused). */
export function elapsedInSegment(session: PlayerSession, mono: number): number {
  return Math.max(0, (session.pausedAtMono ?? mono) - session.segmentStartMono)
}
