import { describe, expect, it } from 'vitest'
import { powerMonitor } from './fake-electron'
import { IDLE_POLL_INTERVAL_MS, setupIdleWatch } from '../../src/main/idle'
import { ManualClock } from '../../src/shared/time'

describe('idle watch', () => {
  function watch() {
    const clock = new ManualClock(0)
    const seen: string[] = []
    const stop = setupIdleWatch(clock, {
      idle: (seconds) => seen.push(`idle ${seconds}`),
      suspend: () => seen.push('suspend'),
      resume: () => seen.push('resume'),
      lock: () => seen.push('lock'),
      unlock: () => seen.push('unlock'),
    })
    return { clock, seen, stop }
  }

  it('feeds the system idle time every 10 s, no faster', () => {
    const { clock, seen } = watch()
    powerMonitor.idleSeconds = 7
    clock.advance(60_000)
    expect(IDLE_POLL_INTERVAL_MS).toBe(10_000)
    expect(powerMonitor.idleReads).toBe(7) // one at start, then one per 10 s
    expect(seen.at(-1)).toBe('idle 7')
    expect(clock.pendingCount).toBe(1)
  })

  it('passes suspend, resume, lock and unlock through, and stops cleanly', () => {
    const { clock, seen, stop } = watch()
    for (const event of ['suspend', 'resume', 'lock-screen', 'unlock-screen']) powerMonitor.emit(event)
    expect(seen.slice(1)).toEqual(['suspend', 'resume', 'lock', 'unlock'])
    stop()
    expect(clock.pendingCount).toBe(0)
    expect(powerMonitor.listenerCount('suspend')).toBe(0)
    powerMonitor.emit('suspend')
    expect(seen.filter((entry) => entry === 'suspend')).toHaveLength(1)
  })
})
