import { describe, expect, it } from 'vitest'
import {
  acknowledgeEnd,
  advance,
  endEpisode,
  initialTherapyState,
  nextWakeMs,
  PRESETS,
  SAFETY_CHECKLIST,
  startEpisode,
  startSession,
  therapyView,
} from '../../../src/shared/therapy'
import { at, errorOf, min, readyState, settings, trayLine, unwrap } from './helpers'

const HOUR = 60 * min(1)

describe('episodes and the cold → heat suggestion', () => {
  it('suggests heat once after the 72-hour cold phase of a fresh strain', () => {
    const state = readyState('fresh-strain')
    expect(therapyView(state, at(0), settings).episode).toMatchObject({ suggestedKind: 'cold', suggestedMinutes: 20 })
    expect(nextWakeMs(state, at(0))).toBe(72 * HOUR)
    expect(unwrap(advance(state, at(72 * HOUR - 1))).events).toEqual([])
    const due = unwrap(advance(state, at(72 * HOUR)))
    expect(due.events).toEqual([{ type: 'suggest-switch', episodeId: 'e1', from: 'cold', to: 'heat' }])
    const view = therapyView(due.state, at(72 * HOUR), settings)
    expect(view.suggestion).toEqual({ from: 'cold', to: 'heat' })
    expect(view.episode?.suggestedKind).toBe('heat')
    expect(unwrap(advance(due.state, at(80 * HOUR))).events).toEqual([])
    expect(nextWakeMs(due.state, at(80 * HOUR))).toBeNull()
  })

  it('spasm or stiffness never suggests a switch', () => {
    const state = readyState('spasm-stiffness')
    expect(nextWakeMs(state, at(0))).toBeNull()
    expect(unwrap(advance(state, at(200 * HOUR))).events).toEqual([])
    expect(therapyView(state, at(200 * HOUR), settings).suggestion).toBeNull()
  })

  it('groups sessions by episode and needs a new safety confirmation for a new episode', () => {
    let state = readyState('custom')
    state = unwrap(startSession(state, { kind: 'heat', minutes: 1, presetId: 'custom' }, at(0))).state
    expect(errorOf(endEpisode(state, {}))).toContain('End the current session')
    state = unwrap(advance(state, at(min(1)))).state
    expect(state.history[0]?.episodeId).toBe('e1')
    expect(errorOf(startEpisode(state, { presetId: 'custom' }, at(min(2))))).toContain('already open')
    state = unwrap(acknowledgeEnd(state, {}, at(min(1)))).state
    state = unwrap(endEpisode(state, {})).state
    state = unwrap(startEpisode(state, { presetId: 'spasm-stiffness', area: 'lower back' }, at(HOUR))).state
    const view = therapyView(state, at(HOUR), settings)
    expect(view.episode).toMatchObject({ presetId: 'spasm-stiffness', area: 'lower back', safetyConfirmed: false })
    expect(view.history).toEqual([])
    expect(errorOf(startSession(state, { kind: 'heat', minutes: 5, presetId: 'spasm-stiffness' }, at(HOUR)))).toContain(
      'safety list',
    )
  })

  it('the checklist and presets carry their sources, and the view leaves this fixed content to the screen', () => {
    expect(SAFETY_CHECKLIST.length).toBeGreaterThanOrEqual(6)
    for (const item of SAFETY_CHECKLIST) expect(item.sources.length).toBeGreaterThan(0)
    expect(PRESETS).toHaveLength(3)
    const view = therapyView(initialTherapyState(), at(0), settings)
    expect(Object.keys(view)).not.toEqual(expect.arrayContaining(['checklist']))
    expect(Object.keys(view)).not.toEqual(expect.arrayContaining(['presets']))
    expect(Object.keys(view)).not.toEqual(expect.arrayContaining(['skinCheck']))
    expect(trayLine(view)).toBeUndefined()
  })
})

describe('nextWakeMs', () => {
  it('never asks to wake before the next real deadline, and advancing at the wake time does something', () => {
    let state = readyState('fresh-strain')
    state = unwrap(startSession(state, { kind: 'cold', minutes: 12, presetId: 'fresh-strain' }, at(0))).state
    let t = 0
    const seen: string[] = []
    for (let step = 0; step < 8; step++) {
      const wait = nextWakeMs(state, at(t))
      if (wait === null) break
      expect(wait).toBeGreaterThan(0)
      expect(unwrap(advance(state, at(t + wait - 1))).events).toEqual([])
      t += wait
      const result = unwrap(advance(state, at(t)))
      expect(result.events.length).toBeGreaterThan(0)
      seen.push(...result.events.map((e) => e.type))
      state = result.state
      if (seen.includes('end-alert-repeat')) break
    }
    expect(seen).toEqual(['skin-check', 'session-ended', 'end-alert-repeat'])
    expect(t).toBe(min(13))
  })
})
