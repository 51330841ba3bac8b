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
  /** manual wall-clock changes: at true time `at`, the wall clock moves by `by` */
  clockChanges: Array<{ at: number; by: number }>
  /** the person's time zone from true time `from` on */
  zones: Array<{ from: number; zone: string }>
  /** heat sessions started at these true times */
  therapyAt: number[]
  end: number
}

/** A small deterministic generator (mulberry32), so the month is the same on every run. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function makeMonth(seed = 7): Month {
  const next = random(seed)
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low))
  const month: Month = {
    asleep: [],
    locked: [],
    away: [],
    pauses: [],
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
    month.therapyAt.push(midnight + 15 * HOUR)
    for (const [from, to] of [
      [arrive, midnight + 12 * HOUR + 30 * MIN],
      [midnight + 13 * HOUR + 30 * MIN, leave],
    ] as const) {
      let t = from + between(1, 3) * MIN
      let nextAway = from + between(40, 90) * MIN
      while (t < to - MIN) {
        if (t >= nextAway) {
          const length = between(4, 9) * MIN
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

/** What the person's machine would report as idle time at true time `t`, in whole seconds. */
export function idleSecondsAt(month: Month, t: number): number {
  const span = inside(month.away, t) ?? inside(month.locked, t) ?? inside(month.pauses, t)
  return span ? Math.floor((t - span.from) / 1000) : 0
}

export function wallOffsetAt(month: Month, t: number): number {
  return month.clockChanges.filter((change) => change.at <= t).reduce((sum, change) => sum + change.by, 0)
}

export function zoneAt(month: Month, t: number): string {
  return month.zones.filter((entry) => entry.from <= t).at(-1)!.zone
}

export const isAsleep = (month: Month, t: number) => inside(month.asleep, t) !== undefined
export const isLocked = (month: Month, t: number) => inside(month.locked, t) !== undefined
