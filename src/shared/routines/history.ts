import { fail, ok, type Result } from '../kernel/result'
import type { Instant } from '../kernel/time'
import {
  closeSummaryPayload,
  parsePayload,
  rateSessionPayload,
  type EmptyPayload,
  type RateSessionPayload,
} from './schema'
import type { RoutinesEvent, RoutinesState } from './state'
import { msg } from '../i18n/catalog'

/**
 * "How does your back feel?" after a session. The session was already written to the history when it ended
 * (so an unanswered summary loses nothing); this adds the rating and closes the summary.
 */
export function rateSession(
  state: RoutinesState,
  payload: RateSessionPayload,
  _at: Instant,
): Result<RoutinesState, RoutinesEvent> {
  const parsed = parsePayload(rateSessionPayload, payload)
  if (!parsed.ok) return parsed
  const session = state.session
  if (!session || session.status !== 'done') return fail(msg('There is no finished session to rate.'))
  const rating = parsed.data.rating
  const history = state.history.map((entry) => (entry.sessionId === session.sessionId ? { ...entry, rating } : entry))
  return ok({ ...state, session: null, history })
}

/** Leaves the end-of-session summary without rating it. */
export function closeSummary(
  state: RoutinesState,
  payload: EmptyPayload,
  _at: Instant,
): Result<RoutinesState, RoutinesEvent> {
  const parsed = parsePayload(closeSummaryPayload, payload)
  if (!parsed.ok) return parsed
  if (!state.session || state.session.status !== 'done') return fail(msg('There is no session summary to close.'))
  return ok({ ...state, session: null })
}
