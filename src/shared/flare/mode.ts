import { fail, ok, type Result } from '../kernel/result'
import type { Instant } from '../kernel/time'
import { msg } from '../i18n/catalog'
import type { JournalEntry } from '../journal'
import { EASE_INTENSITY, OFFER_INTENSITY, QUIET_MS, REPEAT_WINDOW_MS } from './rules'
import { PERIOD_LIMIT, type FlareEvent, type FlareReason, type FlareState } from './state'

export type FlareResult = Result<FlareState, FlareEvent>

/** The part of a journal spasm entry flare mode looks at. */
export interface SpasmMark {
  wall: number
  intensity: number
}

/** The journal's spasm entries as flare mode reads them. */
export function spasmMarks(entries: readonly JournalEntry[]): SpasmMark[] {
  return entries.flatMap((entry) => (entry.kind === 'spasm' ? [{ wall: entry.wall, intensity: entry.intensity }] : []))
}

function reasonToOffer(logged: SpasmMark, others: readonly SpasmMark[]): FlareReason | null {
  if (logged.intensity >= OFFER_INTENSITY) return 'intense'
  const close = others.some((other) => Math.abs(other.wall - logged.wall) <= REPEAT_WINDOW_MS)
  return close ? 'repeated' : null
}

/**
 * After a spasm is logged: offers flare mode when the spasm was strong or came within 48 hours of another. An entry
 * dated further back than that is history being filled in, not a flare now, and prompts nothing.
 */
export function offerAfterSpasm(
  state: FlareState,
  logged: SpasmMark,
  others: readonly SpasmMark[],
  at: Instant,
): FlareResult {
  if (state.active || state.offer || logged.wall < at.wall - REPEAT_WINDOW_MS) return ok(state)
  const reason = reasonToOffer(logged, others)
  if (!reason) return ok(state)
  return ok({ ...state, offer: { sinceWall: at.wall, reason } }, [{ type: 'flare-offered', reason }])
}

export function acceptFlare(state: FlareState, at: Instant): FlareResult {
  if (!state.offer) return fail(msg('Flare mode is not on offer right now.'))
  const active = { sinceWall: at.wall, quietFromWall: at.wall, redFlagsOffered: false }
  return ok({ ...state, offer: null, active }, [{ type: 'flare-started' }])
}

export function declineFlare(state: FlareState): FlareResult {
  return ok(state.offer ? { ...state, offer: null } : state)
}

/** Ends flare mode; its period stays for the journal's chart. */
export function endFlare(state: FlareState, at: Instant): FlareResult {
  if (!state.active) return fail(msg('Flare mode is already off.'))
  const period = { startWall: state.active.sinceWall, endWall: Math.max(at.wall, state.active.sinceWall) }
  const periods = [...state.periods, period].slice(-PERIOD_LIMIT)
  return ok({ ...state, active: null, periods }, [{ type: 'flare-ended' }])
}

/** "Not yet": the quiet days are counted again from now. */
export function keepFlare(state: FlareState, at: Instant): FlareResult {
  if (!state.active) return fail(msg('Flare mode is already off.'))
  return ok({ ...state, active: { ...state.active, quietFromWall: Math.max(at.wall, state.active.quietFromWall) } })
}

/** The red-flag checker is offered once per flare: used or put away, it is not offered again. */
export function closeFlareRedFlags(state: FlareState): FlareResult {
  if (!state.active || state.active.redFlagsOffered) return ok(state)
  return ok({ ...state, active: { ...state.active, redFlagsOffered: true } })
}

/**
 * When flare mode asks whether the back feels better: 3 days after the later of its start (or the last "not yet")
 * and the last entry of intensity 4 or more. A new sore day moves it on by itself.
 */
export function easeBackWall(active: NonNullable<FlareState['active']>, spasms: readonly SpasmMark[]): number {
  const lastSore = spasms.reduce(
    (latest, spasm) => (spasm.intensity >= EASE_INTENSITY ? Math.max(latest, spasm.wall) : latest),
    active.quietFromWall,
  )
  return lastSore + QUIET_MS
}

/** Milliseconds until flare mode's question falls due, or null when nothing is pending. */
export function nextFlareWakeMs(state: FlareState, spasms: readonly SpasmMark[], at: Instant): number | null {
  if (!state.active) return null
  const wait = easeBackWall(state.active, spasms) - at.wall
  return wait > 0 ? wait : null
}
