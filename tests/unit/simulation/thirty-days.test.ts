import { describe, expect, it } from 'vitest'
import { makeMonth, MONTH_START } from './month'
import { referenceDueTimes } from './reference'
import { runMonth } from './run-month'

const MINUTE = 60_000

/** Pairs each expected due time with one actual within the tolerance; what is left over is missed or extra. */
function match(expected: number[], actual: number[], toleranceMs: number) {
  const unmatched = [...actual]
  const missed: number[] = []
  for (const time of expected) {
    const index = unmatched.findIndex((candidate) => Math.abs(candidate - time) <= toleranceMs)
    if (index < 0) missed.push(time)
    else unmatched.splice(index, 1)
  }
  return { missed, extra: unmatched }
}

describe('thirty simulated days', () => {
  it('prompt every break the reference expects, once, and end every therapy session once', () => {
    const month = makeMonth()
    const { dues, therapyEnds } = runMonth(month)
    const expected = referenceDueTimes(month, MONTH_START)
    const iso = (times: number[]) => times.map((time) => new Date(time).toISOString())
    // A call's end is learned at the next reading (once a minute in a call), so a held prompt may come up to a
    // minute after the reference's.
    const { missed, extra } = match(expected, dues, 2 * MINUTE)
    expect(iso(missed), 'missed reminders').toEqual([])
    expect(iso(extra), 'duplicate or unexpected reminders').toEqual([])
    expect(dues.length).toBe(expected.length)
    expect(expected.length).toBeGreaterThan(100)
    expect(therapyEnds).toHaveLength(month.therapyAt.length)
    expect(new Set(therapyEnds).size).toBe(therapyEnds.length)
  }, 120_000)
})
