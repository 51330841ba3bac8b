import { describe, expect, it } from 'vitest'
import { ManualClock, localDayKey, localParts } from '../../src/shared/time'

describe('ManualClock', () => {
  it('fires timers in order at their own instants and keeps wall and monotonic time in step', () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 5, 9, 0))
    const seen: Array<[string, number]> = []
    clock.setTimeout(() => seen.push(['b', clock.monotonic()]), 2000)
    clock.setTimeout(() => seen.push(['a', clock.monotonic()]), 1000)
    clock.advance(5000)
    expect(seen).toEqual([
      ['a', 1000],
      ['b', 2000],
    ])
    expect(clock.monotonic()).toBe(5000)
    expect(clock.now()).toBe(Date.UTC(2026, 0, 5, 9, 0, 5))
  })

  it('moves only the wall clock on a jump, and a cleared timer never fires', () => {
    const clock = new ManualClock(0)
    let fired = false
    const handle = clock.setTimeout(() => (fired = true), 10)
    clock.clear(handle)
    clock.jumpWall(-3_600_000)
    clock.advance(20)
    expect(fired).toBe(false)
    expect(clock.monotonic()).toBe(20)
    expect(clock.now()).toBe(-3_600_000 + 20)
  })
})

describe('local calendar parts', () => {
  it('reads the local day and weekday in a named time zone, across a DST change', () => {
    // 2026-03-29 01:30 UTC is 03:30 in Berlin (summer time has just begun), a Sunday.
    const instant = Date.UTC(2026, 2, 29, 1, 30)
    expect(localParts(instant, 'Europe/Berlin')).toMatchObject({ hour: 3, minute: 30, weekday: 0 })
    expect(localDayKey(instant, 'America/New_York')).toBe('2026-03-28')
  })
})
