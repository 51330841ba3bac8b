import { seededRandom } from '../../support/seeded-random'

/**
 * A month in the life of one desk worker, as data: when the machine sleeps, when the screen is locked, when
 * the person is typing, when the wall clock is changed by hand, which time zone they are in. Times are true
 * time (epoch ms); the wall clock may differ from it after a manual change.
 */
export const MONTH_START = Date.parse('2026-10-12T00:00:00Z') // a Monday; UK clocks go back on 25 October
export const DAYS = 30
const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

export interface Span {
  from: number
  to: number
}

export interface Month {
  /** machine asleep (suspended) */
  asleep: Span[]
  /** screen locked (lunch) */
  locked: Span[]
  /** away from the keyboard while the machine is awake (coffee, a colleague): idle grows */
  away: Span[]
  /** short pauses in typing, under half a minute */
  pauses: Span[]
  /** reading: one input a minute (a scroll), nothing in between */
  reading: Span[]
  /** calls (camera or microphone in use), without any input */
  calls: Span[]
  /** "I'm in a meeting" for 60 minutes, from the tray, at the start of each span */
  meetings: Span[]
  /** calendar busy intervals, reported by the host at the start */
  calendar: Span[]
  /** manual wall-clock changes: at true time `at`, the wall clock moves by `by` */
  clockChanges: Array<{ at: number; by: number }>
  /** the person's time zone from true time `from` on */
  zones: Array<{ from: number; zone: string }>
  /** heat sessions started at these true times */
  therapyAt: number[]
  end: number
}

export function makeMonth(seed = 7): Month {
  const next = seededRandom(seed)
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low))
  const month: Month = {
    asleep: [],
    locked: [],
    away: [],
    pauses: [],
    reading: [],
    calls: [],
    meetings: [],
    calendar: [],
    clockChanges: [
      { at: MONTH_START + 2 * DAY + 11 * HOUR, by: -HOUR }, // Wednesday: clock set back an hour
      { at: MONTH_START + 9 * DAY + 11 * HOUR, by: HOUR }, // the next Wednesday: set forward again
    ],
    zones: [
      { from: MONTH_START, zone: 'Europe/London' },
      { from: MONTH_START + 18 * DAY, zone: 'Europe/Berlin' }, // a trip, from Friday 30 October
    ],
    therapyAt: [],
    end: MONTH_START + DAYS * DAY,
  }
  let sleepFrom = MONTH_START
  for (let day = 0; day < DAYS; day++) {
    const midnight = MONTH_START + day * DAY
    const weekday = new Date(midnight).getUTCDay()
    if (weekday === 0 || weekday === 6) continue
    const arrive = midnight + 8 * HOUR + 50 * MIN + between(0, 20) * MIN
    month.asleep.push({ from: sleepFrom, to: arrive })
    const leave = midnight + 17 * HOUR + 45 * MIN
    sleepFrom = leave
    month.locked.push({ from: midnight + 12 * HOUR + 30 * MIN, to: midnight + 13 * HOUR + 30 * MIN })
    // a short lock in the afternoon, around the away threshold (2 to 8 minutes)
    const shortLock = midnight + 16 * HOUR + 45 * MIN
    month.locked.push({ from: shortLock, to: shortLock + between(2, 9) * MIN })
    month.therapyAt.push(midnight + 15 * HOUR)
    month.reading.push({ from: midnight + 10 * HOUR, to: midnight + 10 * HOUR + 40 * MIN })
    if (weekday === 2 || weekday === 4) {
      // a 60-minute meeting from the tray with a 45-minute call in it and no input at all
      month.meetings.push({ from: midnight + 15 * HOUR + 30 * MIN, to: midnight + 16 * HOUR + 30 * MIN })
      month.calls.push({ from: midnight + 15 * HOUR + 40 * MIN, to: midnight + 16 * HOUR + 25 * MIN })
    }
    if (weekday === 1) month.calls.push({ from: midnight + 14 * HOUR, to: midnight + 14 * HOUR + 50 * MIN })
    if (weekday === 1 || weekday === 3 || weekday === 5) {
      month.calendar.push({ from: midnight + 11 * HOUR, to: midnight + 11 * HOUR + 20 * MIN })
    }
    for (const [from, to] of [
      [arrive, midnight + 12 * HOUR + 30 * MIN],
      [midnight + 13 * HOUR + 30 * MIN, leave],
    ] as const) {
      let t = from + between(1, 3) * MIN
      let nextAway = from + between(40, 90) * MIN
      while (t < to - MIN) {
        if (t >= nextAway) {
          // absences of every length around the away threshold: 2 to 8 minutes
          const length = between(2, 9) * MIN
          month.away.push({ from: t, to: Math.min(t + length, to) })
          t += length + between(1, 3) * MIN
          nextAway = t + between(40, 90) * MIN
          continue
        }
        const pause = between(3, 25) * 1000
        month.pauses.push({ from: t, to: t + pause })
        t += pause + between(60, 180) * 1000
      }
    }
  }
  month.asleep.push({ from: sleepFrom, to: month.end })
  return month
}

/** The span holding `t`, by binary search: every list is sorted and its spans do not overlap. */
function inside(spans: Span[], t: number): Span | undefined {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const span = spans[middle]!
    if (t < span.from) high = middle - 1
    else if (t >= span.to) low = middle + 1
    else return span
  }
  return undefined
}

/**
 * What the person's machine would report as idle time at true time `t`, in whole seconds: a call has no input from
 * its start, reading one input a minute; otherwise the absences, locks and typing pauses.
 */
export function idleSecondsAt(month: Month, t: number): number {
  const call = inside(month.calls, t)
  if (call) return Math.floor((t - call.from) / 1000)
  if (inside(month.reading, t)) return Math.floor((t % 60_000) / 1000)
  const span = inside(month.away, t) ?? inside(month.locked, t) ?? inside(month.pauses, t)
  return span ? Math.floor((t - span.from) / 1000) : 0
}

export const inCall = (month: Month, t: number) => inside(month.calls, t) !== undefined
/** In a meeting from the tray (60 minutes from its start, true time). */
export const inTrayMeeting = (month: Month, t: number) => inside(month.meetings, t) !== undefined
/** In a calendar meeting at wall time `wall`: the host compares the calendar with the machine's clock. */
export const inCalendarMeeting = (month: Month, wall: number) => inside(month.calendar, wall) !== undefined

export function wallOffsetAt(month: Month, t: number): number {
  return month.clockChanges.filter((change) => change.at <= t).reduce((sum, change) => sum + change.by, 0)
}

export function zoneAt(month: Month, t: number): string {
  return month.zones.filter((entry) => entry.from <= t).at(-1)!.zone
}

export const isAsleep = (month: Month, t: number) => inside(month.asleep, t) !== undefined
export const isLocked = (month: Month, t: number) => inside(month.locked, t) !== undefined
