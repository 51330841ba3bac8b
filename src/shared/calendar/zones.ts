import { localParts } from '../kernel/time'

const known = new Map<string, boolean>()

/** Whether the environment's time-zone data knows this IANA name (e.g. "Europe/Madrid"). */
export function isKnownTimeZone(name: string): boolean {
  let answer = known.get(name)
  if (answer === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name })
      answer = true
    } catch {
      answer = false
    }
    known.set(name, answer)
  }
  return answer
}

export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/** The zone's offset from UTC at an instant, in ms (offsets are whole minutes). */
function offsetAt(epochMs: number, timeZone: string): number {
  const minute = Math.floor(epochMs / 60_000) * 60_000
  const parts = localParts(minute, timeZone)
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - minute
}

/**
 * The instant a wall-clock reading names in an IANA zone. A reading inside a spring-forward gap lands after the
 * gap, as calendar programs show it.
 */
export function wallTimeToEpoch(wall: WallTime, timeZone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  const first = asUtc - offsetAt(asUtc, timeZone)
  return asUtc - offsetAt(first, timeZone)
}
