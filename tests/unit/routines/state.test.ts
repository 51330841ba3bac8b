import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  advance,
  initialRoutinesState,
  pauseRoutine,
  routinesSettingsSchema,
  routinesView,
  saveCustomRoutine,
  startRoutine,
  type RoutinesEvent,
  type RoutinesState,
} from '../../../src/shared/routines'
import { at, TEST_ROUTINE, TEST_TOTAL_MS } from './helpers'

function must(result: { ok: true; state: RoutinesState; events: RoutinesEvent[] } | { ok: false; error: string }) {
  if (!result.ok) throw new Error(result.error)
  return result
}

describe('routines state', () => {
  it('stays plain JSON through a session, a pause and a saved routine', () => {
    let state = must(startRoutine(initialRoutinesState(), { routine: TEST_ROUTINE }, at(0))).state
    state = must(pauseRoutine(state, {}, at(30))).state
    state = must(
      saveCustomRoutine(state, { routine: { name: 'Mine', items: [{ exerciseId: 'cat-cow' }] } }, at(31)),
    ).state
    expect(JSON.parse(JSON.stringify(state))).toEqual(state)
  })

  it('gives default player settings from an empty object', () => {
    expect(routinesSettingsSchema.parse({})).toEqual({ chime: true, spokenCues: false })
  })

  it('lists the whole library in the view, with exact lengths and custom routines marked', () => {
    const state = must(
      saveCustomRoutine(initialRoutinesState(), { routine: { ...TEST_ROUTINE, id: undefined } }, at(0)),
    ).state
    const view = routinesView(state, at(0))
    expect(view.library.find((r) => r.id === 'break')).toMatchObject({ durationMs: 120_000, custom: false })
    expect(view.library.at(-1)).toMatchObject({ id: 'custom-1', durationMs: TEST_TOTAL_MS, custom: true })
    expect(view.player).toBeNull()
  })

  it('emits the same cues and ends at the same instant however the wake-ups are spread', () => {
    const start = must(startRoutine(initialRoutinesState(), { routine: TEST_ROUTINE }, at(0))).state
    const dense: RoutinesEvent[] = []
    let state = start
    for (let ms = 0; ms <= TEST_TOTAL_MS; ms += 500) {
      const step = must(advance(state, at(ms / 1000)))
      dense.push(...step.events)
      state = step.state
    }
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120_000 }), { maxLength: 12 }), (wakes) => {
        let sparse = start
        const events: RoutinesEvent[] = []
        for (const ms of [...wakes].sort((a, b) => a - b).concat(120_000)) {
          const step = must(advance(sparse, at(ms / 1000)))
          events.push(...step.events)
          sparse = step.state
        }
        expect(events).toEqual(dense)
        expect(sparse.history[0]?.durationMs).toBe(TEST_TOTAL_MS)
      }),
    )
  })
})
