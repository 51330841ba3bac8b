import { describe, expect, it } from 'vitest'
import {
  advance,
  endRoutine,
  initialRoutinesState,
  nextStep,
  nextWakeMs,
  pauseRoutine,
  playerView,
  previousStep,
  resumeRoutine,
  startRoutine,
  BUILT_IN_ROUTINES,
  EXERCISES_BY_ID,
  routineDurationMs,
  type RoutinesEvent,
  type RoutinesState,
} from '../../../src/shared/routines'
import type { Result } from '../../../src/shared/kernel/result'
import { at, BASE_WALL, TEST_ROUTINE, TEST_TOTAL_MS } from './helpers'

function unwrap(result: Result<RoutinesState, RoutinesEvent>): {
  state: RoutinesState
  events: RoutinesEvent[]
} {
  if (!result.ok) throw new Error(result.error)
  return { state: result.state, events: result.events }
}

function cues(events: RoutinesEvent[]): string[] {
  return events.flatMap((event) => (event.type === 'cue' ? [`${event.cue}:${event.exerciseId}:${event.side}`] : []))
}

function started(seconds = 0): RoutinesState {
  return unwrap(startRoutine(initialRoutinesState(), { routine: TEST_ROUTINE }, at(seconds))).state
}

function view(state: RoutinesState, seconds: number) {
  const v = playerView(state, at(seconds), EXERCISES_BY_ID)
  if (!v) throw new Error('no player')
  return v
}

describe('starting a routine', () => {
  it('compiles the timeline, begins with the get-ready countdown and knows the exact total', () => {
    const { state, events } = unwrap(startRoutine(initialRoutinesState(), { routine: TEST_ROUTINE }, at(0)))
    expect(events).toEqual([])
    expect(state.session?.segments.map((s) => [s.kind, s.exerciseId, s.side, s.durationMs])).toEqual([
      ['prepare', 'knee-to-chest', null, 5000],
      ['exercise', 'knee-to-chest', 'left', 20_000],
      ['exercise', 'knee-to-chest', 'right', 20_000],
      ['rest', 'pelvic-tilt', null, 10_000],
      ['exercise', 'pelvic-tilt', null, 12_000],
      ['rest', 'eye-break', null, 10_000],
      ['exercise', 'eye-break', null, 20_000],
    ])
    const v = view(state, 0)
    expect(v.totalMs).toBe(TEST_TOTAL_MS)
    expect(v.remainingTotalMs).toBe(TEST_TOTAL_MS)
    expect(v.segment).toMatchObject({ kind: 'prepare', remainingMs: 5000 })
    expect(v.nextUp).toEqual({ exerciseId: 'knee-to-chest', name: 'Knee-to-chest stretch' })
    expect(nextWakeMs(state, at(0))).toBe(5000)
  })

  it('starts a built-in routine by id and emits the start cue at once when there is no countdown', () => {
    const noPrepare = { ...TEST_ROUTINE, prepareSeconds: 0 }
    const { events } = unwrap(startRoutine(initialRoutinesState(), { routine: noPrepare }, at(0)))
    expect(cues(events)).toEqual(['start:knee-to-chest:left'])
    const byId = unwrap(startRoutine(initialRoutinesState(), { routineId: 'break' }, at(0))).state
    expect(byId.session?.routineName).toBe('Two-minute break')
    expect(view(byId, 0).totalMs).toBe(120_000)
  })

  it('refuses an unknown routine, a malformed payload, or a second session, changing nothing', () => {
    const state = initialRoutinesState()
    expect(startRoutine(state, { routineId: 'nope' }, at(0))).toEqual({
      ok: false,
      error: 'That routine is not in the library any more.',
    })
    expect(startRoutine(state, {}, at(0))).toEqual({
      ok: false,
      error: 'Start either a routine from the library or a routine you made, not both or neither.',
    })
    const running = started()
    const again = startRoutine(running, { routineId: 'desk' }, at(3))
    expect(again).toEqual({
      ok: false,
      error: 'A routine is already playing. End it before starting another.',
    })
    expect(running.session?.routineId).toBe('custom-test')
  })
})

describe('advancing with fake time', () => {
  it('holds each segment for its full length and cues the start, the side switch, rests and the next exercise', () => {
    let state = started()
    const seen: string[] = []
    for (const [seconds, expected] of [
      [4.999, []],
      [5, ['start:knee-to-chest:left']],
      [24.999, []],
      [25, ['switch-sides:knee-to-chest:right']],
      [45, ['rest:pelvic-tilt:null']],
      [55, ['next:pelvic-tilt:null']],
      [67, ['rest:eye-break:null']],
      [77, ['next:eye-break:null']],
    ] as const) {
      const { state: next, events } = unwrap(advance(state, at(seconds)))
      expect(cues(events), `at ${seconds}s`).toEqual(expected)
      seen.push(...cues(events))
      state = next
    }
    expect(view(state, 80)).toMatchObject({
      itemIndex: 2,
      itemCount: 3,
      nextUp: null,
      remainingTotalMs: 17_000,
      segment: { exerciseId: 'eye-break', remainingMs: 17_000 },
    })
    const end = unwrap(advance(state, at(97)))
    expect(end.events).toEqual([
      { type: 'cue', cue: 'done', exerciseId: null, side: null },
      { type: 'session-ended', routineId: 'custom-test', completed: true },
    ])
    expect(end.state.session?.status).toBe('done')
    expect(end.state.history).toEqual([
      {
        sessionId: 'session-1',
        routineId: 'custom-test',
        routineName: 'Test routine',
        startedWall: BASE_WALL,
        endedWall: BASE_WALL + TEST_TOTAL_MS,
        completed: true,
        durationMs: TEST_TOTAL_MS,
        rating: null,
      },
    ])
    expect(nextWakeMs(end.state, at(97))).toBeNull()
  })

  it('shows the repetition under way for a reps exercise', () => {
    const state = started()
    expect(view(state, 55).segment).toMatchObject({ exerciseId: 'pelvic-tilt', rep: 1, reps: 3 })
    expect(view(state, 61).segment).toMatchObject({ rep: 2, remainingMs: 6000 })
    expect(view(state, 63).segment).toMatchObject({ rep: 3, remainingMs: 4000 })
  })

  it('after a sparse wake-up (90 s at once) lands on the right segment and emits each cue once', () => {
    const state = started()
    const first = unwrap(advance(state, at(90)))
    expect(cues(first.events)).toEqual([
      'start:knee-to-chest:left',
      'switch-sides:knee-to-chest:right',
      'rest:pelvic-tilt:null',
      'next:pelvic-tilt:null',
      'rest:eye-break:null',
      'next:eye-break:null',
    ])
    expect(view(first.state, 90).segment).toMatchObject({ exerciseId: 'eye-break', remainingMs: 7000 })
    expect(nextWakeMs(first.state, at(90))).toBe(7000)
    const again = unwrap(advance(first.state, at(90)))
    expect(again.events).toEqual([])
    expect(again.state).toEqual(first.state)
  })

  it('finishes at the exact boundary even when woken long after the end, wall clock included', () => {
    const late = unwrap(advance(started(), at(600)))
    expect(late.state.history[0]).toMatchObject({
      durationMs: TEST_TOTAL_MS,
      endedWall: BASE_WALL + TEST_TOTAL_MS,
    })
    expect(cues(late.events).at(-1)).toBe('done:null:null')
  })

  it('reports overdue work as a wake of 0 ms and computes the view without waiting for advance', () => {
    const state = started()
    expect(nextWakeMs(state, at(30))).toBe(0)
    expect(view(state, 30).segment).toMatchObject({
      exerciseId: 'knee-to-chest',
      side: 'right',
      remainingMs: 15_000,
    })
    expect(view(state, 30).remainingTotalMs).toBe(TEST_TOTAL_MS - 30_000)
  })
})

describe('pause and resume', () => {
  it('freezes the countdown while paused and shifts every later boundary by the pause', () => {
    let state = unwrap(advance(started(), at(10))).state
    state = unwrap(pauseRoutine(state, {}, at(10))).state
    expect(view(state, 10).status).toBe('paused')
    expect(view(state, 200).segment).toMatchObject({ side: 'left', remainingMs: 15_000 })
    expect(view(state, 200).remainingTotalMs).toBe(TEST_TOTAL_MS - 10_000)
    expect(nextWakeMs(state, at(200))).toBeNull()
    expect(unwrap(advance(state, at(200))).events).toEqual([])
    state = unwrap(resumeRoutine(state, {}, at(100))).state
    expect(nextWakeMs(state, at(100))).toBe(15_000)
    expect(cues(unwrap(advance(state, at(114.999))).events)).toEqual([])
    expect(cues(unwrap(advance(state, at(115))).events)).toEqual(['switch-sides:knee-to-chest:right'])
    const end = unwrap(advance(state, at(97 + 90)))
    expect(end.state.history[0]).toMatchObject({
      completed: true,
      durationMs: TEST_TOTAL_MS,
      endedWall: BASE_WALL + (97 + 90) * 1000,
    })
  })

  it('refuses to pause twice or resume a running player', () => {
    const state = started()
    expect(resumeRoutine(state, {}, at(1))).toEqual({ ok: false, error: 'The routine is not paused.' })
    const paused = unwrap(pauseRoutine(state, {}, at(1))).state
    expect(pauseRoutine(paused, {}, at(2))).toEqual({
      ok: false,
      error: 'Nothing is playing, so there is nothing to pause.',
    })
  })

  it('emits the cues that fell due before a late pause command', () => {
    const { state, events } = unwrap(pauseRoutine(started(), {}, at(30)))
    expect(cues(events)).toEqual(['start:knee-to-chest:left', 'switch-sides:knee-to-chest:right'])
    expect(view(state, 500).segment).toMatchObject({ side: 'right', remainingMs: 15_000 })
  })
})

describe('skip, back and end', () => {
  it('skip moves to the start of the next exercise, past the other side and the rest', () => {
    const state = unwrap(advance(started(), at(10))).state
    const { state: skipped, events } = unwrap(nextStep(state, {}, at(10)))
    expect(cues(events)).toEqual(['next:pelvic-tilt:null'])
    expect(view(skipped, 10).segment).toMatchObject({ exerciseId: 'pelvic-tilt', remainingMs: 12_000 })
    expect(view(skipped, 10).remainingTotalMs).toBe(12_000 + 10_000 + 20_000)
    expect(skipped.session?.skippedCount).toBe(1)
  })

  it('skip during a rest or the countdown starts the exercise that was coming', () => {
    const inRest = unwrap(advance(started(), at(50))).state
    expect(view(unwrap(nextStep(inRest, {}, at(50))).state, 50).segment?.exerciseId).toBe('pelvic-tilt')
    const inPrepare = unwrap(nextStep(started(), {}, at(2)))
    expect(cues(inPrepare.events)).toEqual(['start:knee-to-chest:left'])
    expect(inPrepare.state.session?.skippedCount).toBe(0)
  })

  it('skip on the last exercise finishes the routine', () => {
    const state = unwrap(advance(started(), at(80))).state
    const { state: done, events } = unwrap(nextStep(state, {}, at(80)))
    expect(events.map((e) => e.type)).toEqual(['cue', 'session-ended'])
    expect(done.history[0]).toMatchObject({ completed: true, durationMs: 80_000 })
  })

  it('back returns to the start of the previous exercise, or restarts the first one', () => {
    const inPelvic = unwrap(advance(started(), at(60))).state
    const back = unwrap(previousStep(inPelvic, {}, at(60)))
    expect(cues(back.events)).toEqual(['start:knee-to-chest:left'])
    expect(view(back.state, 60).segment).toMatchObject({ side: 'left', remainingMs: 20_000 })
    expect(view(back.state, 60).remainingTotalMs).toBe(TEST_TOTAL_MS - 5000)
    expect(view(back.state, 85).segment).toMatchObject({ side: 'right', remainingMs: 15_000 })

    const inRest = unwrap(advance(started(), at(50))).state
    expect(view(unwrap(previousStep(inRest, {}, at(50))).state, 50).segment).toMatchObject({ side: 'left' })

    const inFirst = unwrap(advance(started(), at(30))).state
    expect(view(unwrap(previousStep(inFirst, {}, at(30))).state, 30).segment).toMatchObject({
      side: 'left',
      remainingMs: 20_000,
    })

    const inPrepare = unwrap(previousStep(started(), {}, at(3))).state
    expect(view(inPrepare, 3).segment).toMatchObject({ kind: 'prepare', remainingMs: 5000 })
  })

  it('skip and back while paused stay paused at the start of the new step', () => {
    const paused = unwrap(pauseRoutine(unwrap(advance(started(), at(10))).state, {}, at(10))).state
    const skipped = unwrap(nextStep(paused, {}, at(40))).state
    expect(view(skipped, 300)).toMatchObject({
      status: 'paused',
      segment: { exerciseId: 'pelvic-tilt', remainingMs: 12_000 },
    })
    const resumed = unwrap(resumeRoutine(skipped, {}, at(50))).state
    expect(nextWakeMs(resumed, at(50))).toBe(12_000)
  })

  it('end early records an incomplete session with the time actually spent', () => {
    let state = unwrap(pauseRoutine(started(), {}, at(20))).state
    state = unwrap(resumeRoutine(state, {}, at(50))).state
    const { state: ended, events } = unwrap(endRoutine(state, {}, at(60)))
    // The side switch fell due (at 25 s of play) before the end command; no 'done' chime for an early end.
    expect(events).toEqual([
      { type: 'cue', cue: 'switch-sides', exerciseId: 'knee-to-chest', side: 'right' },
      { type: 'session-ended', routineId: 'custom-test', completed: false },
    ])
    expect(ended.history[0]).toMatchObject({
      completed: false,
      durationMs: 30_000,
      endedWall: BASE_WALL + 60_000,
    })
    expect(view(ended, 60)).toMatchObject({ status: 'done', segment: null, remainingTotalMs: 0 })
    expect(endRoutine(ended, {}, at(61))).toEqual({
      ok: false,
      error: 'Nothing is playing, so there is nothing to end.',
    })
    expect(nextStep(ended, {}, at(61)).ok).toBe(false)
  })

  it('ending while paused does not count the pause as time spent', () => {
    const paused = unwrap(pauseRoutine(started(), {}, at(20))).state
    expect(unwrap(endRoutine(paused, {}, at(500))).state.history[0]?.durationMs).toBe(20_000)
  })
})

describe('total time', () => {
  it('is exact for every built-in routine: not done 1 ms before the sum of segments, done on it', () => {
    for (const routine of BUILT_IN_ROUTINES) {
      const total = routineDurationMs(routine, EXERCISES_BY_ID) ?? 0
      const state = unwrap(startRoutine(initialRoutinesState(), { routineId: routine.id }, at(0))).state
      expect(view(state, 0).totalMs, routine.id).toBe(total)
      const almost = unwrap(advance(state, at(total / 1000 - 0.001))).state
      expect(almost.session?.status, routine.id).toBe('running')
      expect(view(almost, total / 1000 - 0.001).remainingTotalMs).toBe(1)
      const done = unwrap(advance(almost, at(total / 1000))).state
      expect(done.history[0]?.durationMs, routine.id).toBe(total)
    }
  })
})
