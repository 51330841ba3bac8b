/**
 * The core never reads a clock or starts a timer itself: hosts and tests hand it these ports.
 * `now()` is wall time (epoch ms) for working hours, days and logs; it may jump.
 * `monotonic()` only moves forward (ms since an arbitrary origin) and is the one to measure durations with.
 */
export interface Clock {
  now(): number
  monotonic(): number
}

export type TimerHandle = { readonly id: number }

export interface Timers {
  /** Calls `callback` once after `delayMs` of monotonic time; returns a handle for `clear`. */
  setTimeout(callback: () => void, delayMs: number): TimerHandle
  clear(handle: TimerHandle): void
}

export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS

/** Local calendar parts of a wall instant in an IANA time zone (the core has no Date of its own environment). */
export interface LocalParts {
  year: number
  month: number
  day: number
  /** 0 = Sunday … 6 = Saturday */
  weekday: number
  hour: number
  minute: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

/**
 * A zone's UTC offset is looked up once per quarter hour (every offset change falls on a quarter hour of UTC) and
 * the calendar parts are then plain arithmetic: idle readings every 10 s would otherwise ask Intl again and again.
 */
const QUARTER_HOUR_MS = 15 * MINUTE_MS
const recentOffsets = new Map<string, number>()
const RECENT_OFFSETS_LIMIT = 64

export function localParts(epochMs: number, timeZone: string): LocalParts {
  const shifted = new Date(epochMs + offsetAt(epochMs, timeZone))
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  }
}

function offsetAt(epochMs: number, timeZone: string): number {
  const bucket = Math.floor(epochMs / QUARTER_HOUR_MS) * QUARTER_HOUR_MS
  const key = `${timeZone}|${bucket}`
  let offset = recentOffsets.get(key)
  if (offset === undefined) {
    const parts = partsFromIntl(bucket, timeZone)
    offset = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - bucket
    if (recentOffsets.size >= RECENT_OFFSETS_LIMIT) recentOffsets.delete(recentOffsets.keys().next().value as string)
    recentOffsets.set(key, offset)
  }
  return offset
}

function partsFromIntl(epochMs: number, timeZone: string): LocalParts {
  const parts: Record<string, string> = {}
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) parts[part.type] = part.value
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  }
}

/** A key such as "2026-11-25" naming the local calendar day of an instant. */
export function localDayKey(epochMs: number, timeZone: string): string {
  const { year, month, day } = localParts(epochMs, timeZone)
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** One reading of both clocks, taken once per command or wake-up and handed to the domain functions. */
export interface Instant {
  /** wall clock, epoch ms */
  wall: number
  /** monotonic clock, ms */
  mono: number
}

export function readInstant(clock: Clock): Instant {
  return { wall: clock.now(), mono: clock.monotonic() }
}

/** The environment's own clock and timer functions, handed in by a host (the core never reaches for them). */
export interface TimeSource {
  wallNow: () => number
  monotonicNow: () => number
  schedule: (callback: () => void, delayMs: number) => unknown
  cancel: (token: unknown) => void
}

/** Hosts' timers cannot wait longer than this (setTimeout's 32-bit limit); longer waits re-arm. */
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1

export function hostTime(source: TimeSource): Clock & Timers {
  let nextId = 1
  const tokens = new Map<number, unknown>()
  return {
    now: source.wallNow,
    monotonic: source.monotonicNow,
    setTimeout(callback, delayMs) {
      const id = nextId++
      const dueAt = source.monotonicNow() + Math.max(0, delayMs)
      const arm = (): void => {
        const wait = Math.min(Math.max(0, dueAt - source.monotonicNow()), MAX_TIMER_DELAY_MS)
        tokens.set(
          id,
          source.schedule(() => {
            if (source.monotonicNow() < dueAt) return arm()
            tokens.delete(id)
            callback()
          }, wait),
        )
      }
      arm()
      return { id }
    },
    clear(handle) {
      if (tokens.has(handle.id)) source.cancel(tokens.get(handle.id))
      tokens.delete(handle.id)
    },
  }
}
