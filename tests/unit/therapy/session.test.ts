import { describe, expect, it } from 'vitest'
import {
  END_ALERT_REPEAT_MS,
  acknowledgeEnd,
  advance,
  dismissSkinCheck,
  endSession,
  nextWakeMs,
  pauseSession,
  resumeSession,
  startSession,
  therapyView,
  type TherapyState,
} from '../../../src/shared/therapy'
import { at, errorOf, min, readyState, settings, trayLine, unwrap } from './helpers'

function coldSession(minutes = 20): TherapyState {
  return unwrap(startSession(readyState(), { kind: 'cold', minutes, presetId: 'custom' }, at(0))).state
}

describe('a session', () => {
  it('counts down and shows the tray label', () => {
    const state = coldSession()
    const view = therapyView(state, at(min(11) + 48_000), settings)
    expect(view.session).toMatchObject({ kind: 'cold', remainingMs: min(8) + 12_000, elapsedMs: min(11) + 48_000 })
    expect(trayLine(view)).toBe('Cold pack: 08:12 left')
  })

  it('fires the skin check once, about 5 minutes in, with what to look for', () => {
    let state = coldSession()
    expect(nextWakeMs(state, at(0))).toBe(min(5))
    expect(unwrap(advance(state, at(min(5) - 1))).events).toEqual([])
    const fired = unwrap(advance(state, at(min(5))))
    expect(fired.events).toHaveLength(1)
    const event = fired.events[0]
    expect(event?.type).toBe('skin-check')
    if (event?.type === 'skin-check') expect(event.lookFor).toContain('blisters')
    state = fired.state
    expect(therapyView(state, at(min(5)), settings).session?.skinCheckDue).toBe(true)
    expect(unwrap(advance(state, at(min(5)))).events).toEqual([])
    expect(unwrap(advance(state, at(min(6)))).events).toEqual([])
    state = unwrap(dismissSkinCheck(state, {})).state
    expect(therapyView(state, at(min(6)), settings).session?.skinCheckDue).toBe(false)
    expect(nextWakeMs(state, at(min(6)))).toBe(min(14))
  })

  it('ends with an alert that repeats every minute until acknowledged', () => {
    let state = unwrap(advance(coldSession(), at(min(5)))).state
    const end = unwrap(advance(state, at(min(20))))
    expect(end.events).toEqual([{ type: 'session-ended', kind: 'cold', endedEarly: false, whileClosed: false }])
    state = end.state
    expect(state.history).toHaveLength(1)
    expect(state.history[0]).toMatchObject({ kind: 'cold', plannedMs: min(20), actualMs: min(20), endedEarly: false })
    expect(therapyView(state, at(min(20)), settings).session?.endedAwaitingAck).toBe(true)
    expect(unwrap(advance(state, at(min(20)))).events).toEqual([])
    expect(nextWakeMs(state, at(min(20)))).toBe(END_ALERT_REPEAT_MS)
    const first = unwrap(advance(state, at(min(21))))
    expect(first.events).toEqual([{ type: 'end-alert-repeat', kind: 'cold', repeats: 1 }])
    const second = unwrap(advance(first.state, at(min(22))))
    expect(second.events).toEqual([{ type: 'end-alert-repeat', kind: 'cold', repeats: 2 }])
    const acked = unwrap(acknowledgeEnd(second.state, {})).state
    expect(acked.session).toBeNull()
    expect(unwrap(advance(acked, at(min(30)))).events).toEqual([])
    expect(acked.history).toHaveLength(1)
  })

  it('records the end at the planned instant even when woken late', () => {
    const late = unwrap(advance(coldSession(10), at(min(13))))
    expect(late.events.map((e) => e.type)).toEqual(['session-ended'])
    expect(late.state.lastEnd.cold?.at.mono).toBe(at(min(10)).mono)
    expect(therapyView(late.state, at(min(13)), settings).restRemainingMs.cold).toBe(min(17))
  })

  it('pause holds the time left; paused time does not count', () => {
    let state = coldSession(10)
    state = unwrap(pauseSession(state, {}, at(min(2)))).state
    expect(nextWakeMs(state, at(min(2)))).toBeNull()
    const paused = therapyView(state, at(min(30)), settings)
    expect(paused.session).toMatchObject({ paused: true, remainingMs: min(8) })
    expect(trayLine(paused)).toBe('Cold pack: paused, 08:00 left')
    expect(unwrap(advance(state, at(min(30)))).events).toEqual([])
    expect(errorOf(pauseSession(state, {}, at(min(30))))).toBe('The session is already paused.')
    state = unwrap(resumeSession(state, {}, at(min(30)))).state
    expect(therapyView(state, at(min(31)), settings).session?.remainingMs).toBe(min(7))
    expect(nextWakeMs(state, at(min(31)))).toBe(min(2))
  })

  it('ending early is recorded as such and starts the rest gap', () => {
    const state = unwrap(endSession(coldSession(), {}, at(min(12)))).state
    expect(state.session).toBeNull()
    expect(state.history[0]).toMatchObject({ actualMs: min(12), endedEarly: true, plannedMs: min(20) })
  })

  it('enforces the rest gap per kind with the time left, and notifies when it is over', () => {
    const ended = unwrap(endSession(coldSession(), {}, at(min(10)))).state
    const before = JSON.stringify(ended)
    const refused = startSession(ended, { kind: 'cold', minutes: 10, presetId: 'custom' }, at(min(17) + 30_000))
    expect(errorOf(refused)).toBe('Your skin needs a rest between cold sessions. You can start the next one in 12:30.')
    expect(JSON.stringify(ended)).toBe(before)
    expect(therapyView(ended, at(min(17) + 30_000), settings).restRemainingMs).toEqual({
      cold: min(12) + 30_000,
      heat: 0,
    })
    expect(startSession(ended, { kind: 'heat', minutes: 10, presetId: 'custom' }, at(min(11))).ok).toBe(true)
    expect(nextWakeMs(ended, at(min(10)))).toBe(min(20))
    const over = unwrap(advance(ended, at(min(30))))
    expect(over.events).toEqual([{ type: 'rest-over', kind: 'cold' }])
    expect(unwrap(advance(over.state, at(min(30)))).events).toEqual([])
    expect(nextWakeMs(over.state, at(min(30)))).toBeNull()
    expect(startSession(over.state, { kind: 'cold', minutes: 10, presetId: 'custom' }, at(min(30))).ok).toBe(true)
  })

  it('state stays plain JSON', () => {
    const state = unwrap(advance(coldSession(), at(min(5)))).state
    expect(JSON.parse(JSON.stringify(state))).toEqual(state)
  })

  it('a session of 5 minutes or less has no skin check, and a new one waits for the end to be confirmed', () => {
    const short = coldSession(5)
    expect(nextWakeMs(short, at(0))).toBe(min(5))
    const ended = unwrap(advance(short, at(min(5))))
    expect(ended.events.map((e) => e.type)).toEqual(['session-ended'])
    expect(errorOf(startSession(ended.state, { kind: 'heat', minutes: 5, presetId: 'custom' }, at(min(6))))).toContain(
      'confirm the pack is off',
    )
  })
})
