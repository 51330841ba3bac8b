import type { Instant } from '../kernel/time'
import { recurrenceNudge, triggerCounts, weeklySeries, type RecurrenceNudge, type WeekPoint } from './insights'
import type { SpasmTrigger } from './schema'
import type { JournalState } from './state'

export const CHART_WEEKS = 8

/**
 * What the journal screen shows at once: counts and summaries, never the entries themselves (they come a page at a
 * time through the `journalPage` query), so the snapshot stays small however long the journal grows.
 */
export interface JournalView {
  /** how many entries the journal holds */
  total: number
  canUndo: boolean
  weeks: WeekPoint[]
  triggers: Array<{ trigger: SpasmTrigger; count: number }>
  nudge: RecurrenceNudge | null
}

export function journalView(state: JournalState, at: Instant, timeZone: string): JournalView {
  return {
    total: state.entries.length,
    canUndo: state.lastDeleted !== null,
    weeks: weeklySeries(state, at, timeZone, CHART_WEEKS),
    triggers: triggerCounts(state),
    nudge: recurrenceNudge(state, at),
  }
}
