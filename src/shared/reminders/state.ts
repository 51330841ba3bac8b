export type BreakKind = 'stretch' | 'micro' | 'water'
export const BREAK_KINDS: readonly BreakKind[] = ['stretch', 'micro', 'water']

export type BreakOutcome = 'taken' | 'natural' | 'snoozed' | 'skipped'

export interface BreakRecord {
  kind: BreakKind
  outcome: BreakOutcome
  atWall: number
}

export type Pause =
  | { kind: 'indefinite' }
  /** a length of time: mono while this run lasts, wall to rebuild it after a restart */
  | { kind: 'for'; untilMono: number; untilWall: number }
  /** the start of the next working day: a calendar instant, so wall time */
  | { kind: 'until'; untilWall: number }

export interface ReminderState {
  /** active work (ms) since each kind's last break */
  activeMs: Record<BreakKind, number>
  /** mono instant the counters were last brought up to; null until the first reading */
  lastMono: number | null
  /** idle seconds at the last reading: while the person is idle, a wake-up counts no work */
  lastIdleSeconds: number
  /** the one break prompt showing; it stays until taken, snoozed, skipped or made moot by a natural break */
  prompt: { kind: BreakKind; sinceWall: number } | null
  snoozesInARow: number
  snoozedUntilMono: number | null
  skipsInARow: number
  onBreak: { kind: BreakKind; untilMono: number; startedWall: number } | null
  pause: Pause | null
  /** "I'm in a meeting": prompts wait, work still counts */
  meetingUntilMono: number | null
  fullscreen: boolean
  /** suspended or locked since this wall instant */
  away: { sinceWall: number; reason: 'suspend' | 'lock' } | null
  history: BreakRecord[]
  /** today's figures, for the summary; `day` is the local day they belong to */
  today: { day: string; activeMs: number; longestMs: number }
}

/** Break history older than this is dropped: enough for weekly insights, bounded in size. */
export const HISTORY_DAYS = 60

export function initialReminderState(): ReminderState {
  return {
    activeMs: { stretch: 0, micro: 0, water: 0 },
    lastMono: null,
    lastIdleSeconds: 0,
    prompt: null,
    snoozesInARow: 0,
    snoozedUntilMono: null,
    skipsInARow: 0,
    onBreak: null,
    pause: null,
    meetingUntilMono: null,
    fullscreen: false,
    away: null,
    history: [],
    today: { day: '', activeMs: 0, longestMs: 0 },
  }
}

export type ReminderEvent =
  | { type: 'break-due'; kind: BreakKind; snoozesInARow: number }
  | { type: 'break-started'; kind: BreakKind }
  | { type: 'break-finished'; kind: BreakKind }
  | { type: 'natural-break'; kinds: BreakKind[] }
  | { type: 'pause-ended' }
