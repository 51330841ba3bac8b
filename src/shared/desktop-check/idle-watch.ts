import type { Timers } from '../kernel/time'
import type { Finding } from './findings'

export const IDLE_WATCH_MS = 60_000
export const IDLE_READING_MS = 1_000

/**
 * Watches idle seconds while the person types and pauses, for up to a minute: idle time works once a reading has
 * grown above 0 and a later one has fallen (input reset it), and the watch ends there. A minute of zeros is the
 * stuck idle time of some Wayland sessions; readings that only grew mean nobody typed, so nothing can be said.
 */
export function watchIdle(
  timers: Timers,
  readIdleSeconds: () => number,
  { forMs = IDLE_WATCH_MS, everyMs = IDLE_READING_MS } = {},
): Promise<Finding> {
  return new Promise((resolve) => {
    let elapsed = 0
    let previous = readIdleSeconds()
    let grew = previous > 0
    const read = (): void => {
      elapsed += everyMs
      const seconds = readIdleSeconds()
      if (grew && seconds < previous) return resolve('idle-moves')
      grew ||= seconds > 0
      previous = seconds
      if (elapsed >= forMs) return resolve(grew ? 'idle-no-typing' : 'idle-stuck-at-zero')
      timers.setTimeout(read, everyMs)
    }
    timers.setTimeout(read, everyMs)
  })
}
