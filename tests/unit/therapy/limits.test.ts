import { describe, expect, it } from 'vitest'
import {
  MAX_SESSION_MINUTES,
  addMinute,
  endSession,
  confirmSafety,
  initialTherapyState,
  startEpisode,
  startSession,
  therapySettingsSchema,
  SAFETY_ITEM_IDS,
} from '../../../src/shared/therapy'
import { at, errorOf, min, readyState, settings, unwrap } from './helpers'

describe('hard limits', () => {
  it('refuses a cold session past 20 minutes, naming the limit and the reason, and changes nothing', () => {
    const state = readyState()
    const before = JSON.stringify(state)
    const error = errorOf(startSession(state, { kind: 'cold', minutes: 25, presetId: 'custom' }, at(0)))
    expect(error).toContain('at most 20 minutes')
    expect(error).toContain('cold burns')
    expect(JSON.stringify(state)).toBe(before)
  })

  it('refuses heat past its maximum and sessions under 1 minute or not whole', () => {
    const state = readyState()
    expect(MAX_SESSION_MINUTES.heat).toBe(20)
    expect(errorOf(startSession(state, { kind: 'heat', minutes: 21, presetId: 'custom' }, at(0)))).toContain(
      'heat session can last at most 20 minutes',
    )
    expect(errorOf(startSession(state, { kind: 'heat', minutes: 0, presetId: 'custom' }, at(0)))).toBe(
      'A session lasts at least 1 minute.',
    )
    expect(errorOf(startSession(state, { kind: 'heat', minutes: 2.5, presetId: 'custom' }, at(0)))).toBe(
      'Choose a whole number of minutes.',
    )
  })

  it('accepts exactly the maximum and exactly the minimum', () => {
    const state = readyState()
    expect(startSession(state, { kind: 'cold', minutes: 20, presetId: 'custom' }, at(0)).ok).toBe(true)
    expect(startSession(state, { kind: 'cold', minutes: 1, presetId: 'custom' }, at(0)).ok).toBe(true)
  })

  it('+1 minute works within the limit and is refused past it', () => {
    const started = unwrap(startSession(readyState(), { kind: 'cold', minutes: 19, presetId: 'custom' }, at(0))).state
    const plus = unwrap(addMinute(started, {})).state
    expect(plus.session?.plannedMs).toBe(min(20))
    const refused = addMinute(plus, {})
    expect(errorOf(refused)).toContain('at most 20 minutes')
    expect(plus.session?.plannedMs).toBe(min(20))
  })

  it('refuses a kind the preset does not use', () => {
    const state = readyState('spasm-stiffness')
    expect(errorOf(startSession(state, { kind: 'cold', minutes: 10, presetId: 'spasm-stiffness' }, at(0)))).toContain(
      'does not use cold',
    )
  })

  it('applies a daily cap only when the person set one', () => {
    const capped = therapySettingsSchema.parse({ dailySessionCap: 2 })
    let state = readyState()
    for (const t of [0, min(30)]) {
      state = unwrap(startSession(state, { kind: 'heat', minutes: 5, presetId: 'custom' }, at(t), capped)).state
      state = unwrap(endSession(state, {}, at(t + min(5)))).state
    }
    expect(errorOf(startSession(state, { kind: 'heat', minutes: 5, presetId: 'custom' }, at(min(60)), capped))).toBe(
      'You set a limit of 2 sessions a day, and you have reached it today.',
    )
    expect(startSession(state, { kind: 'heat', minutes: 5, presetId: 'custom' }, at(min(60)), settings).ok).toBe(true)
  })
})

describe('safety list', () => {
  it('startSession refuses until the checklist is confirmed for the episode', () => {
    const open = unwrap(startEpisode(initialTherapyState(), { presetId: 'custom' }, at(0))).state
    expect(errorOf(startSession(open, { kind: 'heat', minutes: 10, presetId: 'custom' }, at(0)))).toContain(
      'safety list',
    )
    expect(errorOf(confirmSafety(open, { itemIds: SAFETY_ITEM_IDS.slice(1) }))).toContain('every item')
    const confirmed = unwrap(confirmSafety(open, { itemIds: SAFETY_ITEM_IDS })).state
    expect(startSession(confirmed, { kind: 'heat', minutes: 10, presetId: 'custom' }, at(0)).ok).toBe(true)
  })

  it('needs an open episode', () => {
    expect(
      errorOf(startSession(initialTherapyState(), { kind: 'heat', minutes: 10, presetId: 'custom' }, at(0))),
    ).toContain('Start an episode first')
  })

  it('settings default to no daily cap', () => {
    expect(settings.dailySessionCap).toBeNull()
    expect(therapySettingsSchema.safeParse({ dailySessionCap: 0 }).success).toBe(false)
  })
})
