import { describe, expect, it } from 'vitest'
import type { Companion } from '../../../src/shared/app/companion'
import { MemoryRecords } from '../../support/memory-store'
import { SAFETY_ITEM_IDS } from '../../../src/shared/therapy'
import { ManualClock } from '../../support/manual-clock'
import { companionWithEvents } from '../../support/companion'

const START = Date.UTC(2026, 10, 25, 14)

const make = companionWithEvents

function startHeat(companion: Companion) {
  companion.dispatch({ type: 'startTherapyEpisode', payload: { presetId: 'spasm-stiffness' } })
  companion.dispatch({ type: 'confirmTherapySafety', payload: { itemIds: [...SAFETY_ITEM_IDS] } })
  return companion.dispatch({
    type: 'startTherapySession',
    payload: { kind: 'heat', minutes: 20, presetId: 'spasm-stiffness' },
  })
}

describe('therapy through the companion, across an app restart', () => {
  it('restores a running session with the right time left (monotonic time restarts, wall time goes on)', () => {
    const data = new MemoryRecords()
    const first = make(new ManualClock(START), data)
    expect(startHeat(first.companion).ok).toBe(true)
    // The app quits; 8 minutes later it starts again on a fresh monotonic clock.
    const second = make(new ManualClock(START + 8 * 60_000), MemoryRecords.holding(data.document()))
    expect(second.companion.getSnapshot().therapy.session?.remainingMs).toBe(12 * 60_000)
  })

  it('records a session that ended while the app was closed and sounds the end alert on the first wake', () => {
    const data = new MemoryRecords()
    const first = make(new ManualClock(START), data)
    startHeat(first.companion)
    const clock = new ManualClock(START + 45 * 60_000)
    const second = make(clock, MemoryRecords.holding(data.document()))
    expect(second.companion.getSnapshot().therapy.session?.endedAwaitingAck).toBe(true)
    expect(second.events).toEqual([])
    clock.advance(0)
    // No rest-over: the rest gap waits until the person confirms the pack is off.
    expect(second.events.map((e) => e.event)).toEqual([
      { type: 'session-ended', kind: 'heat', endedEarly: false, whileClosed: true },
    ])
    expect(second.companion.dispatch({ type: 'acknowledgeTherapyEnd' }).ok).toBe(true)
    expect(second.companion.getSnapshot().therapy.rest?.remainingMs).toBe(20 * 60_000)
  })

  it('refuses a session past the limit with the reason, storing nothing', () => {
    const data = new MemoryRecords()
    const { companion } = make(new ManualClock(START), data)
    companion.dispatch({ type: 'startTherapyEpisode', payload: { presetId: 'custom' } })
    companion.dispatch({ type: 'confirmTherapySafety', payload: { itemIds: [...SAFETY_ITEM_IDS] } })
    const writes = data.writes.length
    const result = companion.dispatch({
      type: 'startTherapySession',
      payload: { kind: 'cold', minutes: 45, presetId: 'custom' },
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/^A cold session can last at most 20 minutes/)
    expect(data.writes).toHaveLength(writes)
    expect(companion.getSnapshot().therapy.session).toBeNull()
  })
})
