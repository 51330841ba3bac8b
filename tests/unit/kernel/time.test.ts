import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ManualClock } from '../../support/manual-clock'
import { localDayKey, localParts } from '../../../src/shared/kernel/time'

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

describe('localParts against Intl', () => {
  const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns']
  const direct = (epochMs: number, timeZone: string) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      })
        .formatToParts(epochMs)
        .map((part) => [part.type, Number(part.value)]),
    )
    return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute }
  }

  it('agrees with Intl at any instant, including around DST changes and in half- and quarter-hour zones', () => {
    const from = Date.UTC(2025, 0, 1)
    const to = Date.UTC(2028, 0, 1)
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.constantFrom(...zones), (epochMs, zone) => {
        expect(localParts(epochMs, zone)).toMatchObject(direct(epochMs, zone))
      }),
      { numRuns: 3000 },
    )
  })

  it.each([
    ['Europe/Berlin', Date.UTC(2026, 2, 29, 1, 0)],
    ['America/St_Johns', Date.UTC(2026, 2, 8, 5, 30)],
    ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15, 0)],
  ])('agrees minute by minute across a DST change in %s', (zone, change) => {
    for (let epochMs = change - 90 * 60_000; epochMs <= change + 90 * 60_000; epochMs += 60_000) {
      expect(localParts(epochMs, zone)).toMatchObject(direct(epochMs, zone))
    }
  })
})
