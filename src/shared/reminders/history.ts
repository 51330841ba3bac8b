import { DAY_MS, localDayKey, type Instant } from '../kernel/time'
import { HISTORY_DAYS, type BreakKind, type BreakOutcome, type ReminderState } from './state'

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
