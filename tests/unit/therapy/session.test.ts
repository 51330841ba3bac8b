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
  REST_REASON,
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
    const acked = unwrap(acknowledgeEnd(second.state, {}, at(min(22)))).state
    expect(acked.session).toBeNull()
    expect(unwrap(advance(acked, at(min(30)))).events).toEqual([])
    expect(acked.history).toHaveLength(1)
    expect(acked.lastPackOff).toEqual({ kind: 'cold', at: at(min(22)), restOverNotified: false })
  })

  it('records the end at the planned instant even when woken late; the rest waits for the pack to come off', () => {
    const late = unwrap(advance(coldSession(10), at(min(13))))
    expect(late.events.map((e) => e.type)).toEqual(['session-ended'])
    expect(late.state.session?.ended?.at.mono).toBe(at(min(10)).mono)
    expect(late.state.lastPackOff).toBeNull()
    // The pack came off 5 minutes after the planned end: the full gap counts from then, not from the planned end.
    const off = unwrap(acknowledgeEnd(late.state, {}, at(min(15)))).state
    expect(therapyView(off, at(min(15)), settings).rest?.remainingMs).toBe(min(20))
    expect(therapyView(off, at(min(34)), settings).rest?.remainingMs).toBe(min(1))
    expect(startSession(off, { kind: 'cold', minutes: 10, presetId: 'custom' }, at(min(30))).ok).toBe(false)
    expect(startSession(off, { kind: 'cold', minutes: 10, presetId: 'custom' }, at(min(35))).ok).toBe(true)
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

  it('holds the rest gap across kinds: heat after cold waits, with the time left and why', () => {
    const ended = unwrap(endSession(coldSession(), {}, at(min(10)))).state
    const before = JSON.stringify(ended)
    const refused = startSession(ended, { kind: 'heat', minutes: 10, presetId: 'custom' }, at(min(11)))
    expect(errorOf(refused)).toBe(
      'Your skin needs a rest before the next pack: you can put one on in 19:00. Skin that has just been cold ' +
        'needs time to return to normal, and until then it feels heat less, so a warm pack could burn it without ' +
        'you noticing.',
    )
    expect(JSON.stringify(ended)).toBe(before)
    expect(
      errorOf(startSession(ended, { kind: 'cold', minutes: 10, presetId: 'custom' }, at(min(17) + 30_000))),
    ).toMatch(/^Your skin needs a rest before the next pack: you can put one on in 12:30\. /)
    expect(therapyView(ended, at(min(17) + 30_000), settings).rest).toEqual({
      remainingMs: min(12) + 30_000,
      after: 'cold',
      reason: REST_REASON.cold,
      sources: ['tm-ice-heat', 'cleveland-ice-heat'],
    })
    expect(nextWakeMs(ended, at(min(10)))).toBe(min(20))
    const over = unwrap(advance(ended, at(min(30))))
    expect(over.events).toEqual([{ type: 'rest-over', kind: 'cold' }])
    expect(unwrap(advance(over.state, at(min(30)))).events).toEqual([])
    expect(nextWakeMs(over.state, at(min(30)))).toBeNull()
    expect(therapyView(over.state, at(min(30)), settings).rest).toBeNull()
    expect(startSession(over.state, { kind: 'heat', minutes: 10, presetId: 'custom' }, at(min(30))).ok).toBe(true)
    expect(startSession(over.state, { kind: 'cold', minutes: 10, presetId: 'custom' }, at(min(30))).ok).toBe(true)
  })

  it('cold after heat waits too, and the reason names warmed skin', () => {
    const heat = unwrap(startSession(readyState(), { kind: 'heat', minutes: 20, presetId: 'custom' }, at(0))).state
    const ended = unwrap(advance(heat, at(min(20)))).state
    const off = unwrap(acknowledgeEnd(ended, {}, at(min(21)))).state
    const refused = errorOf(startSession(off, { kind: 'cold', minutes: 10, presetId: 'custom' }, at(min(22))))
    expect(refused).toContain('you can put one on in 19:00.')
    expect(refused).toContain(REST_REASON.heat)
    expect(startSession(off, { kind: 'cold', minutes: 10, presetId: 'custom' }, at(min(41))).ok).toBe(true)
  })

  it('the rest gap counts from the last pack off, whichever kind it was', () => {
    let state = unwrap(endSession(coldSession(), {}, at(min(5)))).state
    state = unwrap(startSession(state, { kind: 'heat', minutes: 10, presetId: 'custom' }, at(min(25)))).state
    state = unwrap(endSession(state, {}, at(min(30)))).state
    expect(state.lastPackOff).toEqual({ kind: 'heat', at: at(min(30)), restOverNotified: false })
    expect(startSession(state, { kind: 'cold', minutes: 10, presetId: 'custom' }, at(min(49))).ok).toBe(false)
    expect(startSession(state, { kind: 'cold', minutes: 10, presetId: 'custom' }, at(min(50))).ok).toBe(true)
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
