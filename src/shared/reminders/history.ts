import { DAY_MS, localDayKey, type Instant } from '../kernel/time'
import { HISTORY_DAYS, type BreakKind, type BreakOutcome, type BreakRecord, type ReminderState } from './state'

export function record(state: ReminderState, kind: BreakKind, outcome: BreakOutcome, at: Instant): ReminderState {
  const oldest = at.wall - HISTORY_DAYS * DAY_MS
  const kept = state.history.length > 0 && state.history[0]!.atWall < oldest
  const history = (kept ? state.history.filter((entry) => entry.atWall >= oldest) : state.history).concat({
    kind,
    outcome,
    atWall: at.wall,
  })
  return { ...state, history }
}

/** Today's figures follow the local calendar day; a new day starts them again. */
export function todayOf(state: ReminderState, at: Instant, timeZone: string): ReminderState['today'] {
  const day = localDayKey(at.wall, timeZone)
  return state.today.day === day ? state.today : { day, activeMs: 0, longestMs: 0 }
}

/**
 * Adds imported break records to the history, skipping any it already holds and any older than the history keeps;
 * says how many were added.
 */
export function mergeBreaks(
  state: ReminderState,
  records: readonly BreakRecord[],
  at: Instant,
): { state: ReminderState; added: number } {
  const oldest = at.wall - HISTORY_DAYS * DAY_MS
  const key = (record: BreakRecord): string => `${record.kind}|${record.outcome}|${record.atWall}`
  const known = new Set(state.history.map(key))
  const fresh = records.filter(
    (record) => record.atWall >= oldest && record.atWall <= at.wall && !known.has(key(record)),
  )
  const unique = [...new Map(fresh.map((record) => [key(record), record])).values()]
  if (unique.length === 0) return { state, added: 0 }
  const history = [...state.history, ...unique].sort((a, b) => a.atWall - b.atWall)
  return { state: { ...state, history }, added: unique.length }
}
