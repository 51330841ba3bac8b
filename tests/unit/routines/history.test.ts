import { describe, expect, it } from 'vitest'
import {
  advance,
  closeSummary,
  HISTORY_LIMIT,
  initialRoutinesState,
  rateSession,
  routinesView,
  startRoutine,
  type HistoryEntry,
  type RoutinesState,
} from '../../../src/shared/routines'
import { at, TEST_ROUTINE } from './helpers'

function finishedSession(base: RoutinesState = initialRoutinesState()): RoutinesState {
  const start = startRoutine(base, { routine: TEST_ROUTINE }, at(0))
  if (!start.ok) throw new Error(start.error)
  const end = advance(start.state, at(100))
  if (!end.ok) throw new Error('advance failed')
  return end.state
}

describe('rating a session', () => {
  it('stores the 0–10 answer on the session’s history entry and closes the summary', () => {
    const done = finishedSession()
    const rated = rateSession(done, { rating: 7 }, at(110))
    if (!rated.ok) throw new Error(rated.error)
    expect(rated.state.session).toBeNull()
    expect(rated.state.history).toHaveLength(1)
    expect(rated.state.history[0]).toMatchObject({ routineId: 'custom-test', completed: true, rating: 7 })
    expect(routinesView(rated.state, at(110)).history[0]?.rating).toBe(7)
  })

  it('rejects a rating out of range, or with no finished session, changing nothing', () => {
    const done = finishedSession()
    expect(rateSession(done, { rating: 11 }, at(110))).toEqual({
      ok: false,
      error: 'The rating goes from 0 to 10.',
    })
    expect(rateSession(done, { rating: 2.5 }, at(110))).toEqual({
      ok: false,
      error: 'Choose a whole number from 0 to 10.',
    })
    expect(done.history[0]?.rating).toBeNull()
    expect(rateSession(initialRoutinesState(), { rating: 5 }, at(0))).toEqual({
      ok: false,
      error: 'There is no finished session to rate.',
    })
  })

  it('keeps an unrated session in the history when the summary is closed', () => {
    const closed = closeSummary(finishedSession(), {}, at(120))
    if (!closed.ok) throw new Error(closed.error)
    expect(closed.state.session).toBeNull()
    expect(closed.state.history[0]).toMatchObject({ completed: true, rating: null })
  })

  it('bounds the history, dropping the oldest entries', () => {
    const old: HistoryEntry[] = Array.from({ length: HISTORY_LIMIT }, (_, n) => ({
      sessionId: `old-${n}`,
      routineId: 'desk',
      routineName: 'At your desk',
      startedWall: n,
      endedWall: n + 1,
      completed: true,
      durationMs: 1,
      rating: null,
    }))
    const state = finishedSession({ ...initialRoutinesState(), history: old })
    expect(state.history).toHaveLength(HISTORY_LIMIT)
    expect(state.history[0]?.sessionId).toBe('old-1')
    expect(state.history.at(-1)?.routineId).toBe('custom-test')
  })

  it('lets a new session start from the summary screen', () => {
    const next = startRoutine(finishedSession(), { routineId: 'break' }, at(200))
    expect(next.ok && next.state.session?.routineId).toBe('break')
    expect(next.ok && next.state.history).toHaveLength(1)
  })
})
