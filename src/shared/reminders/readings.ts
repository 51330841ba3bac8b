import { MINUTE_MS, type Instant } from '../kernel/time'
import type { ReminderContext } from './context'
import { awayAfterMs, breakQualifiesAtMono, dueKinds, holdAt, mayRaise, msUntilPrompt, presenceMono } from './engine'
import type { ReminderState } from './state'

/**
 * While away, in a call or presenting, idle is read once a minute (and at the instant an away becomes long enough for
 * a kind's natural break, to confirm it exactly): sleep comes as an event, the lock too where the platform tells of it
 * (else a reading learns of the unlock), and the end of a call or of a presentation (which only a reading can learn)
 * lets a held prompt come.
 */
export const SLOW_READING_MS = MINUTE_MS

/**
 * When the host should next read idle time. After a reading of i seconds nothing can change before idle could reach
 * the away threshold, so the next reading is due then (threshold − i), or at the instant a prompt falls due when the
 * host reads before prompts; in a meeting idle changes nothing and its end is known, so the threshold is the cadence.
 */
export function nextReadingMs(state: ReminderState, at: Instant, ctx: ReminderContext): number {
  if (state.lastReadMono === null) return 0
  const sinceRead = at.mono - state.lastReadMono
  const threshold = awayAfterMs(ctx)
  if (state.away || state.call || state.fullscreen) {
    const qualifies = breakQualifiesAtMono(state, at, ctx)
    return Math.max(0, Math.min(SLOW_READING_MS - sinceRead, qualifies === null ? Infinity : qualifies - at.mono))
  }
  if (holdAt(state, at)) return Math.max(0, threshold - sinceRead)
  let wait = presenceMono(state, at) + threshold - at.mono
  if (ctx.readsBeforePrompts) wait = Math.min(wait, msUntilPrompt(state, at, ctx) ?? Infinity)
  return Math.min(Math.max(0, wait), threshold)
}

/**
 * Whether the host should ask its detectors (a call, presenting) before handing over this reading: only where a call
 * or a presentation would change the outcome (idle has reached the threshold, or a prompt is due), or while one is on
 * (to learn it ended).
 */
export function callCheckNeeded(state: ReminderState, idleSeconds: number, at: Instant, ctx: ReminderContext): boolean {
  if (state.call || state.fullscreen) return true
  if (state.away) return false
  const lastInput = Math.max(at.mono - Math.max(0, idleSeconds) * 1000, presenceMono(state, at))
  const awayNow = at.mono - lastInput >= awayAfterMs(ctx) && holdAt(state, at) === null
  return awayNow || (mayRaise(state, at, ctx) && dueKinds(state, at, ctx).length > 0)
}
