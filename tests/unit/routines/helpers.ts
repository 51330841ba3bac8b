import type { Instant } from '../../../src/shared/kernel/time'
import type { CustomRoutineInput } from '../../../src/shared/routines'

export const BASE_WALL = Date.UTC(2026, 10, 25, 9, 0, 0)

/** A hand-made instant `seconds` into the test; wall and mono move together unless told otherwise. */
export function at(seconds: number, wallOffsetMs = 0): Instant {
  return { wall: BASE_WALL + seconds * 1000 + wallOffsetMs, mono: 1_000_000 + seconds * 1000 }
}

/**
 * A small routine whose timeline is easy to reason about (seconds):
 * prepare 0–5, knee-to-chest left 5–25, right 25–45, rest 45–55, pelvic tilt 55–67, rest 67–77,
 * eye break 77–97. Total 97 s.
 */
export const TEST_ROUTINE: CustomRoutineInput = {
  id: 'custom-test',
  name: 'Test routine',
  prepareSeconds: 5,
  restSeconds: 10,
  items: [
    { exerciseId: 'knee-to-chest', holdSeconds: 20 },
    { exerciseId: 'pelvic-tilt', reps: 3 },
    { exerciseId: 'eye-break' },
  ],
}
export const TEST_TOTAL_MS = 97_000
