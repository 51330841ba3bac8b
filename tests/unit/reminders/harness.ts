import {
  advance,
  comeBack,
  goAway,
  initialReminderState,
  nextReadingMs,
  nextWakeMs,
  observeIdle,
  reminderSettingsSchema,
  reminderView,
  type BreakKind,
  type ReminderContext,
  type ReminderEvent,
  type ReminderState,
  type Transition,
} from '../../../src/shared/reminders'
import type { Result } from '../../../src/shared/kernel/result'
import type { Instant } from '../../../src/shared/kernel/time'

export const POLL_MS = 10_000

/** Seconds the system has been idle, given the ms elapsed in the current `pass`. */
export type IdleReading = (elapsedMs: number) => number

export const active: IdleReading = () => 0

/** Idle from `fromMs` to `toMs` of the pass (readings grow as real idle time does), active otherwise. */
export function idleBetween(fromMs: number, toMs: number): IdleReading {
  return (elapsed) => (elapsed >= fromMs && elapsed < toMs ? Math.floor((elapsed - fromMs) / 1000) : 0)
}

/** One input a minute (reading, scrolling): idle climbs to 59 s and drops to 0 again. */
export const reading: IdleReading = (elapsed) => Math.floor((elapsed % 60_000) / 1000)

/** Idle (no input) from `fromMs` to `toMs` of the pass, then reading. */
export function readingWithIdleBetween(fromMs: number, toMs: number): IdleReading {
  const idle = idleBetween(fromMs, toMs)
  return (elapsed) => (elapsed >= fromMs && elapsed < toMs ? idle(elapsed) : reading(elapsed))
}

/**
 * Drives the engine as a host does: an idle reading every 10 s (or, with `readings: 'scheduled'`, when the
 * engine's reading policy asks for one), and a wake exactly when the engine asks for one.
 */
export class ReminderHarness {
  wall: number
  mono = 0
  readings: 'every-10-s' | 'scheduled' = 'every-10-s'
  readCount = 0
  private nextReadMono = 0
  state: ReminderState = initialReminderState()
  readonly events: ReminderEvent[] = []
  readonly ctx: ReminderContext

  constructor(
    startIso: string,
    overrides: Record<string, unknown> = {},
    timeZone = 'Europe/London',
    readsBeforePrompts = false,
  ) {
    this.wall = Date.parse(startIso)
    this.ctx = { settings: reminderSettingsSchema.parse(overrides), timeZone, readsBeforePrompts }
    this.apply(observeIdle(this.state, 0, this.at(), this.ctx))
  }

  at(): Instant {
    return { wall: this.wall, mono: this.mono }
  }

  apply(step: Transition): void {
    this.state = step.state
    this.events.push(...step.events)
  }

  /** Runs a command; a refusal throws, so a test never goes on from a state it did not mean. */
  run<P>(
    command: (s: ReminderState, p: P, at: Instant, ctx: ReminderContext) => Result<ReminderState, ReminderEvent>,
    payload: P,
  ) {
    const result = command(this.state, payload, this.at(), this.ctx)
    if (!result.ok) throw new Error(result.error)
    this.apply({ state: result.state, events: result.events })
  }

  attempt<P>(
    command: (s: ReminderState, p: P, at: Instant, ctx: ReminderContext) => Result<ReminderState, ReminderEvent>,
    payload: P,
  ) {
    return command(this.state, payload, this.at(), this.ctx)
  }

  private move(ms: number): void {
    this.wall += ms
    this.mono += ms
  }

  /** Lets `ms` pass with the given idle readings; `onDue` may answer a prompt as a person would. */
  pass(ms: number, idle: IdleReading = active, onDue?: (h: ReminderHarness) => void): void {
    let elapsed = 0
    while (elapsed < ms) {
      const scheduled = this.readings === 'scheduled'
      const toPoll = scheduled ? Math.max(0, this.nextReadMono - this.mono) : POLL_MS - (this.mono % POLL_MS)
      const wake = nextWakeMs(this.state, this.at(), this.ctx)
      const step = Math.min(toPoll, ms - elapsed, wake ?? Infinity)
      this.move(step)
      elapsed += step
      const before = this.events.length
      if (wake !== null && step === wake) this.apply(advance(this.state, this.at(), this.ctx))
      if (scheduled ? this.mono >= this.nextReadMono : this.mono % POLL_MS === 0) {
        this.apply(observeIdle(this.state, idle(elapsed), this.at(), this.ctx))
        this.readCount++
        this.nextReadMono = this.mono + Math.max(1000, nextReadingMs(this.state, this.at(), this.ctx))
      }
      if (onDue && this.events.slice(before).some((event) => event.type === 'break-due')) onDue(this)
    }
  }

  minutes(n: number, idle: IdleReading = active, onDue?: (h: ReminderHarness) => void): void {
    this.pass(n * 60_000, idle, onDue)
  }

  /** Suspend (or lock) now, for `ms` of wall time during which the monotonic clock stands still. */
  away(ms: number, reason: 'suspend' | 'lock' = 'suspend'): void {
    this.apply(goAway(this.state, reason, this.at(), this.ctx))
    this.wall += ms
    this.apply(comeBack(this.state, reason === 'lock' ? 'unlock' : 'resume', this.at(), this.ctx))
  }

  /** Hands the engine a host input (a call, the calendar, presenting) now. */
  host(change: (state: ReminderState, at: Instant, ctx: ReminderContext) => Transition): void {
    this.apply(change(this.state, this.at(), this.ctx))
  }

  jumpWall(ms: number): void {
    this.wall += ms
  }

  dues(kind: BreakKind = 'stretch'): number {
    return this.events.filter((event) => event.type === 'break-due' && event.kind === kind).length
  }

  view() {
    return reminderView(this.state, this.at(), this.ctx)
  }
}
