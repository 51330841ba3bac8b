import { localDayKey, localParts, MINUTE_MS, type Instant } from '../kernel/time'
import type { ReminderContext } from './context'
import type { BreakMode } from './settings'
import type { BreakKind, ReminderState } from './state'

export const modeOf = (kind: BreakKind, ctx: ReminderContext): BreakMode => ctx.settings[kind].mode

/** The strict break showing now, as a prompt or under way; null when the break showing (if any) is not strict. */
export function strictShowing(state: ReminderState, ctx: ReminderContext): 'prompt' | 'break' | null {
  if (state.onBreak && modeOf(state.onBreak.kind, ctx) === 'strict') return 'break'
  if (state.prompt && modeOf(state.prompt.kind, ctx) === 'strict') return 'prompt'
  return null
}

/** Early exits left on the local day of `at`: the count spent belongs to its day, so midnight gives them back. */
export function earlyExitsLeft(state: ReminderState, at: Instant, ctx: ReminderContext): number {
  const today = localDayKey(at.wall, ctx.timeZone)
  const used = state.earlyExits.day === today ? state.earlyExits.used : 0
  return Math.max(0, ctx.settings.strictExitsPerDay - used)
}

/** One early exit spent today (the caller has checked that one is left). */
export function spendEarlyExit(state: ReminderState, at: Instant, ctx: ReminderContext): ReminderState {
  const day = localDayKey(at.wall, ctx.timeZone)
  const used = state.earlyExits.day === day ? state.earlyExits.used : 0
  return { ...state, earlyExits: { day, used: used + 1 } }
}

/**
 * Milliseconds until the next local midnight while early exits were spent today (the screens then show the full
 * budget again), or null. Counted on the local clock face: on a day a clock change shortens, the wake comes early
 * and simply asks again.
 */
export function msUntilExitsReturn(state: ReminderState, at: Instant, ctx: ReminderContext): number | null {
  if (state.earlyExits.used === 0 || state.earlyExits.day !== localDayKey(at.wall, ctx.timeZone)) return null
  const { hour, minute } = localParts(at.wall, ctx.timeZone)
  return ((24 - hour) * 60 - minute) * MINUTE_MS - (at.wall % MINUTE_MS)
}
