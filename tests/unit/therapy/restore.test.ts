import { describe, expect, it } from 'vitest'
import {
  acknowledgeEnd,
  advance,
  endSession,
  pauseSession,
  restore,
  startSession,
  therapyView,
  type SavedTherapyState,
  type TherapyState,
} from '../../../src/shared/therapy'
import type { Instant } from '../../../src/shared/kernel/time'
import { WALL0, at, min, readyState, settings, trayLine, unwrap } from './helpers'

/** After a restart the monotonic clock starts again near 0, unrelated to the old run. */
function afterRestart(wallMs: number, mono = 5): Instant {
  return { wall: WALL0 + wallMs, mono }
}

function persisted<State>(state: State): State {
  return JSON.parse(JSON.stringify(state)) as State
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
    // The pack may still be on: the rest gap starts only once the person confirms it is off.
    expect(view.rest).toBeNull()
    const repeat = unwrap(advance(restored.state, afterRestart(min(27), 5 + min(1))))
    expect(repeat.events).toEqual([{ type: 'end-alert-repeat', kind: 'heat', repeats: 1 }])
    const off = unwrap(acknowledgeEnd(repeat.state, {}, afterRestart(min(27), 5 + min(1)))).state
    expect(therapyView(off, afterRestart(min(27), 5 + min(1)), settings).rest?.remainingMs).toBe(min(20))
  })

  it('a wall clock set back does not give extra time (clamped)', () => {
    const restored = unwrap(restore(persisted(heatSession()), afterRestart(-min(10)))).state
    expect(therapyView(restored, afterRestart(-min(10)), settings).session?.remainingMs).toBe(min(20))
  })

  it('an end alert not yet acknowledged when the app closed sounds again on restore', () => {
    const ended = unwrap(advance(heatSession(), at(min(20)))).state
    const restored = unwrap(restore(persisted(ended), afterRestart(min(40))))
    expect(restored.events).toEqual([{ type: 'end-alert-repeat', kind: 'heat', repeats: 1 }])
    expect(therapyView(restored.state, afterRestart(min(40)), settings).rest).toBeNull()
  })

  it('keeps a rest gap that was running when the app closed, measured in wall time', () => {
    const off = unwrap(endSession(heatSession(), {}, at(min(10)))).state
    const restored = unwrap(restore(persisted(off), afterRestart(min(22)))).state
    expect(therapyView(restored, afterRestart(min(22)), settings).rest).toMatchObject({
      remainingMs: min(8),
      after: 'heat',
    })
  })

  it('reads data saved with one end per kind: the later end starts the shared rest gap', () => {
    const { lastPackOff: _, ...current } = readyState()
    const legacy: SavedTherapyState = {
      ...current,
      lastEnd: {
        cold: { at: at(min(5)), restOverNotified: true },
        heat: { at: at(min(12)), restOverNotified: false },
      },
    }
    const restored = unwrap(restore(persisted(legacy), afterRestart(min(20)))).state
    expect(restored).not.toHaveProperty('lastEnd')
    expect(restored.lastPackOff).toMatchObject({ kind: 'heat', restOverNotified: false })
    const view = therapyView(restored, afterRestart(min(20)), settings)
    expect(view.rest).toMatchObject({ remainingMs: min(12), after: 'heat' })
    expect(startSession(restored, { kind: 'cold', minutes: 5, presetId: 'custom' }, afterRestart(min(20))).ok).toBe(
      false,
    )
  })
})
