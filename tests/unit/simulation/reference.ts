import { idleSecondsAt, isAsleep, isLocked, wallOffsetAt, zoneAt, type Month } from './month'

/**
 * An independent model of when stretch breaks fall due, written the plain way: one step per second, counting
 * seconds of work. It shares no code with the engine (not even the calendar helpers), so agreement means
 * something. Rules, from the issue and the default settings: 30 minutes of work makes a break due; a person
 * idle under 30 s is still working; idle of 3 minutes or more is a natural break; sleep or lock of 3 minutes
 * or more is a natural break; nothing counts outside Monday–Friday 09:00–18:00 local time; a due break is
 * taken at once and lasts 3 minutes, during which nothing counts.
 */
export function referenceDueTimes(month: Month, start: number): number[] {
  const formatters = new Map<string, Intl.DateTimeFormat>()
  const hoursCache = new Map<number, boolean>()
  const working = (wall: number, zone: string): boolean => {
    const minute = Math.floor(wall / 60_000)
    const key = minute * 2 + (zone === 'Europe/London' ? 0 : 1)
    let result = hoursCache.get(key)
    if (result === undefined) {
      let format = formatters.get(zone)
      if (!format) {
        format = new Intl.DateTimeFormat('en-GB', {
          timeZone: zone,
          weekday: 'short',
          hour: 'numeric',
          minute: 'numeric',
          hourCycle: 'h23',
        })
        formatters.set(zone, format)
      }
      const parts = Object.fromEntries(format.formatToParts(wall).map((part) => [part.type, part.value]))
      const clock = Number(parts['hour']) * 60 + Number(parts['minute'])
      result = !['Sat', 'Sun'].includes(parts['weekday'] ?? '') && clock >= 9 * 60 && clock < 18 * 60
      hoursCache.set(key, result)
    }
    return result
  }
  const dues: number[] = []
  let worked = 0
  let awaySince: number | null = null
  let breakUntil = 0
  for (let t = start; t < month.end; t += 1000) {
    if (isAsleep(month, t) || isLocked(month, t)) {
      awaySince ??= t
      continue
    }
    if (awaySince !== null) {
      if (t - awaySince >= 180_000) worked = 0
      awaySince = null
    }
    const idle = idleSecondsAt(month, t)
    if (idle >= 180) worked = 0
    if (t < breakUntil) continue
    if (idle < 30 && working(t + wallOffsetAt(month, t), zoneAt(month, t))) worked += 1000
    if (worked >= 30 * 60_000) {
      dues.push(t)
      worked = 0
      breakUntil = t + 180_000
    }
  }
  return dues
}
