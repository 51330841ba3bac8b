import type { Instant } from '../kernel/time'
import { recurrenceNudge, triggerCounts, weeklySeries, type RecurrenceNudge, type WeekPoint } from './insights'
import type { JournalEntry, SpasmTrigger } from './schema'
import type { JournalState } from './state'

export const CHART_WEEKS = 8

export interface JournalView {
  /** Newest first. */
  entries: JournalEntry[]
  canUndo: boolean
  weeks: WeekPoint[]
  triggers: Array<{ trigger: SpasmTrigger; count: number }>
  nudge: RecurrenceNudge | null
}

export function journalView(state: JournalState, at: Instant, timeZone: string): JournalView {
  return {
    entries: [...state.entries].reverse(),
    canUndo: state.lastDeleted !== null,
    weeks: weeklySeries(state, at, timeZone, CHART_WEEKS),
    triggers: triggerCounts(state),
    nudge: recurrenceNudge(state, at),
  }
}
