import { describe, expect, it } from 'vitest'
import { Companion } from '../../../src/shared/app/companion'
import { STUCK_IDLE_WINDOW_MS } from '../../../src/shared/reminders/idle-source'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'

function make() {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 9))
  const companion = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'UTC',
    stores: { settings: new MemoryStore(), data: new MemoryRecords() },
  })
  let published = 0
  companion.subscribe(() => published++)
  return { clock, companion, published: () => published }
}

describe('host inputs', () => {
  it('flag an idle source stuck at 0 for an hour in the snapshot, and clear it when it moves', () => {
    const { clock, companion } = make()
    for (let t = 0; t <= STUCK_IDLE_WINDOW_MS; t += 10_000) {
      companion.observe({ type: 'idle', seconds: 0 })
      clock.advance(10_000)
    }
    expect(companion.getSnapshot().host.idleSource).toEqual({ kind: 'system', stuck: true })
    companion.observe({ type: 'idle', seconds: 3 })
    expect(companion.getSnapshot().host.idleSource.stuck).toBe(false)
  })

  it('publish at most once a minute while the person simply works (not a snapshot every 10 s)', () => {
    const { clock, companion, published } = make()
    for (let i = 0; i < 30; i++) {
      companion.observe({ type: 'idle', seconds: i % 7 })
      clock.advance(10_000)
    }
    // five minutes of readings: only "active minutes today" moves, once a minute
    expect(published()).toBeLessThanOrEqual(5)
  })

  it('say where idle time comes from, and switch when the host finds a better source', () => {
    const { companion } = make()
    expect(companion.getSnapshot().host.idleSource.kind).toBe('system')
    companion.observe({ type: 'idle-source', kind: 'idle-detection' })
    expect(companion.getSnapshot().host.idleSource.kind).toBe('idle-detection')
  })

  it('show how each detector is doing in the snapshot, publishing only a change', () => {
    const { companion, published } = make()
    expect(companion.getSnapshot().host.detectors).toEqual({})
    companion.observe({ type: 'detector', name: 'calls', status: 'unknown' })
    const after = published()
    companion.observe({ type: 'detector', name: 'calls', status: 'unknown' })
    expect(published()).toBe(after)
    companion.observe({
      type: 'detector',
      name: 'calendar',
      status: 'error',
      reason: { text: 'Not a calendar.' },
      fetchedAtWall: 5,
    })
    expect(companion.getSnapshot().host.detectors).toEqual({
      calls: { status: 'unknown' },
      calendar: { status: 'error', reason: { text: 'Not a calendar.' }, fetchedAtWall: 5 },
    })
  })
})
