import type { JournalEntry } from './schema'

export interface JournalState {
  /** Oldest first by wall time. */
  entries: JournalEntry[]
  /** Counter that keeps generated ids unique within this journal. */
  nextSeq: number
  /** The last deleted entry, so it can be put back; not written to exports (undo is for the running session). */
  lastDeleted: { entry: JournalEntry } | null
}

export type JournalEvent =
  | { type: 'spasm-logged'; id: string }
  | { type: 'rating-logged'; id: string }
  | { type: 'entry-edited'; id: string }
  | { type: 'entry-deleted'; id: string }
  | { type: 'entry-restored'; id: string }
  /** `breaks`: how many break records the file added to the break history */
  | { type: 'journal-imported'; added: number; skipped: number; breaks?: number }
  | { type: 'recurrence-nudge'; reason: 'frequent' | 'intense' }

export function initialJournalState(): JournalState {
  return { entries: [], nextSeq: 1, lastDeleted: null }
}

/** Ids are made from the wall time and a counter, so they stay unique and sort roughly by time. */
export function nextId(state: JournalState, wall: number): string {
  return `${wall.toString(36)}-${state.nextSeq.toString(36)}`
}

export function byWall(a: JournalEntry, b: JournalEntry): number {
  return a.wall - b.wall
}

/** Inserts keeping wall-time order; entries logged for the same moment keep the order they came in. */
export function insertEntry(entries: JournalEntry[], entry: JournalEntry): JournalEntry[] {
  const index = entries.findIndex((existing) => existing.wall > entry.wall)
  if (index === -1) return [...entries, entry]
  return [...entries.slice(0, index), entry, ...entries.slice(index)]
}
