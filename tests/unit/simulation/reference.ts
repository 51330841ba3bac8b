import {
  idleSecondsAt,
  inCalendarMeeting,
  inCall,
  inTrayMeeting,
  isAsleep,
  isLocked,
  wallOffsetAt,
  zoneAt,
  type Month,
} from './month'

const THRESHOLD_MS = 5 * 60_000
const BREAK_MS = 3 * 60_000
const EVERY_MS = 30 * 60_000

/**
 * An independent model of when stretch breaks fall due, written the plain way: one step per second. It shares no
 * code with the engine (not even the calendar helpers), so agreement means something. Rules, from the default
 * settings: the person is present at a second with input, or in a call or a meeting; a second counts as sitting
 * unless they have been absent for the 5-minute away threshold (then the away began at the last presence, and an
 * away that long is a natural break, as is sleep or lock of 5 minutes or more); nothing counts outside
 * Monday–Friday 09:00–18:00 local time, while asleep or locked, or on a break; 30 minutes of sitting make a break
 * due, which a call or meeting holds until it ends; a due break is taken at once (the click is presence) and lasts
 * 3 minutes.
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
  let sat = 0
  let lastPresence = start
  let offSince: number | null = null
  let breakUntil = 0
  for (let t = start; t < month.end; t += 1000) {
    if (isAsleep(month, t) || isLocked(month, t)) {
      // a break falling due at the very instant of a lock or suspend is prompted (the host reads idle just before)
      const wall = t + wallOffsetAt(month, t)
      const held = inCall(month, t) || inTrayMeeting(month, t) || inCalendarMeeting(month, wall)
      const fresh = offSince === null && t >= breakUntil && t - lastPresence < THRESHOLD_MS
      if (fresh && sat >= EVERY_MS && !held && working(wall, zoneAt(month, t))) {
        dues.push(t)
        sat = 0
        breakUntil = t + BREAK_MS
      }
      offSince ??= t
      continue
    }
    if (offSince !== null) {
      if (t - offSince >= THRESHOLD_MS) sat = 0
      offSince = null
      lastPresence = t
    }
    const wall = t + wallOffsetAt(month, t)
    const held = inCall(month, t) || inTrayMeeting(month, t) || inCalendarMeeting(month, wall)
    if (held || idleSecondsAt(month, t) === 0) {
      // back after an away (idle reached the threshold before this input): a natural break, as the threshold is
      // longer than the break
      if (t - 1000 - lastPresence >= Math.max(THRESHOLD_MS, BREAK_MS)) sat = 0
      lastPresence = t
    }
    const away = t - lastPresence >= THRESHOLD_MS
    if (away) sat = 0
    if (t < breakUntil || away || !working(wall, zoneAt(month, t))) continue
    // the second starting at t: a break falls due once 30 minutes have been sat, unless a call or meeting holds it
    if (sat >= EVERY_MS && !held) {
      dues.push(t)
      sat = 0
      breakUntil = t + BREAK_MS
      lastPresence = t
      continue
    }
    sat += 1000
  }
  return dues
}
