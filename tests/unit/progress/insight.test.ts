import { describe, expect, it } from 'vitest'
import { breakInsight, breakWeeks } from '../../../src/shared/progress'
import type { BreakRecord } from '../../../src/shared/reminders'
import { DAY_MS, HOUR_MS, type Instant } from '../../../src/shared/kernel/time'

// Wednesday 25 November 2026; the eight weeks shown start on Monday 5 October.
const NOW: Instant = { wall: Date.parse('2026-11-25T12:00:00Z'), mono: 0 }
const MONDAY = (weeksAgo: number) => Date.parse('2026-11-23T00:00:00Z') - weeksAgo * 7 * DAY_MS

/** A week of desk days, Monday to Friday, with `perDay` breaks taken and one skipped each day. */
function weekOfBreaks(weeksAgo: number, perDay: number): BreakRecord[] {
  return Array.from({ length: 5 }, (_, day) => {
    const morning = MONDAY(weeksAgo) + day * DAY_MS + 9 * HOUR_MS
    return [
      ...Array.from({ length: perDay }, (__, index) => ({
        kind: 'stretch' as const,
        outcome: 'taken' as const,
        atWall: morning + index * HOUR_MS,
      })),
      { kind: 'stretch' as const, outcome: 'skipped' as const, atWall: morning + 8 * HOUR_MS },
    ]
  }).flat()
}

const spasmsIn = (weeksAgo: number, count: number) =>
  Array.from({ length: count }, (_, index) => MONDAY(weeksAgo) + (index + 1) * DAY_MS)

describe('breaks beside spasms, week by week', () => {
  it('counts breaks per desk day and the spasms of each week', () => {
    const weeks = breakWeeks([...weekOfBreaks(1, 6)], [...spasmsIn(1, 2)], NOW, 'UTC')
    expect(weeks).toHaveLength(8)
    expect(weeks.at(-2)).toEqual({ weekStart: '2026-11-16', breaksPerDay: 6, spasms: 2 })
    expect(weeks.at(-1)).toEqual({ weekStart: '2026-11-23', breaksPerDay: null, spasms: 0 })
  })

  it('says that weeks with 5 or more breaks a day had fewer spasms, with 4 finished weeks that show it', () => {
    const breaks = [...weekOfBreaks(4, 6), ...weekOfBreaks(3, 2), ...weekOfBreaks(2, 5), ...weekOfBreaks(1, 1)]
    const spasms = [...spasmsIn(4, 0), ...spasmsIn(3, 3), ...spasmsIn(2, 1), ...spasmsIn(1, 2)]
    expect(breakInsight(breakWeeks(breaks, spasms, NOW, 'UTC'))).toEqual({
      threshold: 5,
      withMany: 0.5,
      withFewer: 2.5,
      weeks: 4,
    })
  })

  it('says nothing with only 3 finished weeks, even when this week would make 4', () => {
    const breaks = [...weekOfBreaks(3, 6), ...weekOfBreaks(2, 2), ...weekOfBreaks(1, 6), ...weekOfBreaks(0, 1)]
    const spasms = [...spasmsIn(2, 3), ...spasmsIn(0, 3)]
    expect(breakInsight(breakWeeks(breaks, spasms, NOW, 'UTC'))).toBeNull()
  })

  it('says nothing when the numbers point the other way, are even, or all weeks are alike', () => {
    const breaks = [...weekOfBreaks(4, 6), ...weekOfBreaks(3, 2), ...weekOfBreaks(2, 6), ...weekOfBreaks(1, 2)]
    const moreWithMany = [...spasmsIn(4, 2), ...spasmsIn(2, 2), ...spasmsIn(3, 1)]
    expect(breakInsight(breakWeeks(breaks, moreWithMany, NOW, 'UTC'))).toBeNull()
    const even = [...spasmsIn(4, 1), ...spasmsIn(3, 1), ...spasmsIn(2, 1), ...spasmsIn(1, 1)]
    expect(breakInsight(breakWeeks(breaks, even, NOW, 'UTC'))).toBeNull()
    const allMany = [...weekOfBreaks(4, 6), ...weekOfBreaks(3, 6), ...weekOfBreaks(2, 6), ...weekOfBreaks(1, 6)]
    expect(breakInsight(breakWeeks(allMany, spasmsIn(3, 2), NOW, 'UTC'))).toBeNull()
  })
})
