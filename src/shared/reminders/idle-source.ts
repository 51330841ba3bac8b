/**
 * Some Linux Wayland sessions report a system idle time of 0 forever, which would silently hide every natural
 * break. A person at a keyboard still pauses for a few seconds now and then, so two hours of readings that all read
 * exactly 0 mean the source is not working, not that the person never paused. (Readings come about every five
 * minutes while someone types, so an hour of them is only a dozen: too few to tell a busy typist from a dead source.)
 */
export const STUCK_IDLE_WINDOW_MS = 2 * 60 * 60_000

export interface IdleSourceHealth {
  /** mono time of the first of the current run of zero readings, or null when the last reading moved */
  zeroSinceMono: number | null
  stuck: boolean
}

export function initialIdleSourceHealth(): IdleSourceHealth {
  return { zeroSinceMono: null, stuck: false }
}

export function observeIdleReading(health: IdleSourceHealth, idleSeconds: number, mono: number): IdleSourceHealth {
  if (idleSeconds !== 0) return health.zeroSinceMono === null && !health.stuck ? health : initialIdleSourceHealth()
  const zeroSinceMono = health.zeroSinceMono ?? mono
  const stuck = mono - zeroSinceMono >= STUCK_IDLE_WINDOW_MS
  return stuck === health.stuck && zeroSinceMono === health.zeroSinceMono ? health : { zeroSinceMono, stuck }
}

/** A suspend or lock interrupts the run: time away says nothing about the idle source. */
export function interruptIdleRun(health: IdleSourceHealth): IdleSourceHealth {
  return health.zeroSinceMono === null ? health : { ...health, zeroSinceMono: null }
}
