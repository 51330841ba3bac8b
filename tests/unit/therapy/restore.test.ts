import { describe, expect, it } from 'vitest'
import {
  advance,
  pauseSession,
  restore,
  startSession,
  therapyView,
  type TherapyState,
} from '../../../src/shared/therapy'
import type { Instant } from '../../../src/shared/time'
import { WALL0, at, min, readyState, settings, trayLine, unwrap } from './helpers'

/** After a restart the monotonic clock starts again near 0, unrelated to the old run. */
function afterRestart(wallMs: number, mono = 5): Instant {
  return { wall: WALL0 + wallMs, mono }
}

function persisted(state: TherapyState): TherapyState {
  return JSON.parse(JSON.stringify(state)) as TherapyState
}

function heatSession(): TherapyState {
  return unwrap(startSession(readyState(), { kind: 'heat', minutes: 20, presetId: 'custom' }, at(0))).state
}

describe('restore after an app restart', () => {
  it('a session still running comes back with the right time left and keeps counting', () => {
    const saved = persisted(unwrap(advance(heatSession(), at(min(5)))).state)
    const restored = unwrap(restore(saved, afterRestart(min(12))))
    expect(restored.events).toEqual([])
    const view = therapyView(restored.state, afterRestart(min(12)), settings)
    expect(view.session).toMatchObject({ remainingMs: min(8), elapsedMs: min(12), endedAwaitingAck: false })
    expect(trayLine(view)).toBe('Heat pack: 08:00 left')
    const end = unwrap(advance(restored.state, afterRestart(min(20), 5 + min(8))))
    expect(end.events).toEqual([{ type: 'session-ended', kind: 'heat', endedEarly: false, whileClosed: false }])
  })

  it('a paused session stays paused with the same time left', () => {
    const paused = unwrap(pauseSession(heatSession(), {}, at(min(3)))).state
    const restored = unwrap(restore(persisted(paused), afterRestart(min(60)))).state
    const view = therapyView(restored, afterRestart(min(90), 5 + min(30)), settings)
    expect(view.session).toMatchObject({ paused: true, remainingMs: min(17) })
  })

  it('a session that should have ended is recorded as ended while closed, with the end alert', () => {
    const saved = persisted(heatSession())
    const restored = unwrap(restore(saved, afterRestart(min(26))))
    expect(restored.events).toEqual([{ type: 'session-ended', kind: 'heat', endedEarly: false, whileClosed: true }])
    expect(restored.state.history[0]).toMatchObject({ actualMs: min(20), endedEarly: false, endedWhileClosed: true })
    const view = therapyView(restored.state, afterRestart(min(26)), settings)
    expect(view.session).toMatchObject({ endedAwaitingAck: true, endedWhileClosed: true, remainingMs: 0 })
    // The rest gap counts from the real end, 6 minutes ago.
    expect(view.restRemainingMs.heat).toBe(min(14))
    const repeat = unwrap(advance(restored.state, afterRestart(min(27), 5 + min(1))))
    expect(repeat.events).toEqual([{ type: 'end-alert-repeat', kind: 'heat', repeats: 1 }])
  })

  it('a wall clock set back does not give extra time (clamped)', () => {
    const restored = unwrap(restore(persisted(heatSession()), afterRestart(-min(10)))).state
    expect(therapyView(restored, afterRestart(-min(10)), settings).session?.remainingMs).toBe(min(20))
  })

  it('an end alert not yet acknowledged when the app closed sounds again on restore', () => {
    const ended = unwrap(advance(heatSession(), at(min(20)))).state
    const restored = unwrap(restore(persisted(ended), afterRestart(min(40))))
    expect(restored.events).toEqual([{ type: 'end-alert-repeat', kind: 'heat', repeats: 1 }])
    expect(therapyView(restored.state, afterRestart(min(40)), settings).restRemainingMs.heat).toBe(0)
  })
})
