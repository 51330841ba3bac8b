import { z } from 'zod'
import { faceReadingSchema } from './glance'
import { initialPostureState, type PostureState } from './state'

const hours = z.array(z.number().min(0)).length(24)
const savedSchema = z.object({
  calibration: faceReadingSchema.nullable(),
  today: z.object({ day: z.string(), seenMs: hours, uprightMs: hours }).nullable(),
})

/**
 * Only the calibration and the day's tally are kept. What the camera saw last (presence, a drift, the last nudge)
 * was on a monotonic clock that restarted, and says nothing about now. Anything unreadable starts fresh.
 */
export function restorePosture(saved: unknown): PostureState {
  const parsed = savedSchema.safeParse(saved)
  if (!parsed.success) return initialPostureState()
  return { ...initialPostureState(), calibration: parsed.data.calibration, today: parsed.data.today }
}

/** What is written: the same two things. */
export function persistedPosture(state: PostureState): Pick<PostureState, 'calibration' | 'today'> {
  return { calibration: state.calibration, today: state.today }
}
