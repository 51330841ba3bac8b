import { describe, expect, it } from 'vitest'
import {
  initialIdleSourceHealth,
  interruptIdleRun,
  observeIdleReading,
  STUCK_IDLE_WINDOW_MS,
} from '../../../src/shared/reminders/idle-source'

function readings(values: number[], stepMs = 10_000) {
  return values.reduce(
    (health, seconds, i) => observeIdleReading(health, seconds, i * stepMs),
    initialIdleSourceHealth(),
  )
}

describe('a stuck idle source', () => {
  const anHourOfZeros = STUCK_IDLE_WINDOW_MS / 10_000 + 1

  it('is flagged after an hour of readings that are all exactly 0', () => {
    expect(readings(Array(anHourOfZeros).fill(0)).stuck).toBe(true)
    expect(readings(Array(anHourOfZeros - 1).fill(0)).stuck).toBe(false)
  })

  it('is not flagged when the readings move, even briefly', () => {
    const values = Array<number>(anHourOfZeros).fill(0)
    values[200] = 4
    expect(readings(values).stuck).toBe(false)
  })

  it('recovers as soon as a reading moves, and a suspend restarts the count', () => {
    const stuck = readings(Array(anHourOfZeros).fill(0))
    expect(observeIdleReading(stuck, 12, 99_999_999).stuck).toBe(false)
    const halfway = readings(Array(200).fill(0))
    expect(interruptIdleRun(halfway).zeroSinceMono).toBeNull()
  })
})
