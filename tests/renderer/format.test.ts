import { describe, expect, it } from 'vitest'
import { describeDuration, formatClock, formatMinutes } from '../../src/renderer/src/format'

describe('duration formatting', () => {
  it('shows a countdown clock that rounds up', () => {
    expect(formatClock(485_000)).toBe('8:05')
    expect(formatClock(484_001)).toBe('8:05')
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(-5)).toBe('0:00')
    expect(formatClock(3_723_000)).toBe('1:02:03')
  })

  it('speaks minutes for sentences and screen readers', () => {
    expect(formatMinutes(12 * 60_000)).toBe('12 min')
    expect(formatMinutes(65 * 60_000)).toBe('1 h 5 min')
    expect(formatMinutes(20_000)).toBe('less than a minute')
    expect(describeDuration(61_000)).toBe('1 minute 1 second')
    expect(describeDuration(120_000)).toBe('2 minutes')
    expect(describeDuration(0)).toBe('0 seconds')
  })
})
