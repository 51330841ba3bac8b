export type BreakKind = 'stretch' | 'micro' | 'water'
export const BREAK_KINDS: readonly BreakKind[] = ['stretch', 'micro', 'water']

export const BREAK_OUTCOMES = ['taken', 'natural', 'snoozed', 'skipped'] as const
export type BreakOutcome = (typeof BREAK_OUTCOMES)[number]

export interface BreakRecord {
  kind: BreakKind
  outcome: BreakOutcome
  atWall: number
}

export interface BusyInterval {
  startWall: number
  endWall: number
}

export interface EarlyExits {
  day: string
  used: number
}

/** What makes a due prompt wait while sitting still counts. */
export type Hold = 'call' | 'meeting' | 'presenting'

/** Why the person is away: no input for the threshold, the camera saw the desk empty, asleep or locked. */
export type AwayReason = 'idle' | 'camera' | 'suspend' | 'lock'

export type Pause =
  | { kind: 'indefinite' }
  /** a length of time: mono while this run lasts, wall to rebuild it after a restart */
  | { kind: 'for'; untilMono: number; untilWall: number }
  /** the start of the next working day: a calendar instant, so wall time */
  | { kind: 'until'; untilWall: number }

export interface ReminderState {
  /** sitting (ms) since each kind's last break */
  activeMs: Record<BreakKind, number>
  /** mono instant the counters were last brought up to; null until the first reading */
  lastMono: number | null
  /**
   * mono instant the person was last known at the desk: their last input (from an idle reading), a command, an
   * unlock, or the end of a call or meeting. Sitting is counted up to here; beyond it only projected.
   */
  lastInputMono: number | null
  /** mono instant of the last idle reading; the next one is due before idle could reach the away threshold */
  lastReadMono: number | null
  /**
   * the one break prompt showing; it stays until taken, snoozed, skipped or made moot by a natural break. `after`:
   * the call, meeting or presentation it waited for (absent when it came straight away); `preview`: "Try a break
   * now", whose buttons only close it
   */
  prompt: { kind: BreakKind; sinceWall: number; after?: Hold; preview?: true } | null
  snoozesInARow: number
  snoozedUntilMono: number | null
  skipsInARow: number
  onBreak: { kind: BreakKind; untilMono: number; startedWall: number } | null
  /**
   * "Break in 30 seconds": a firm or strict break about to take the screen, announced before its prompt is raised
   * (at `untilMono` at the earliest); not persisted, a restart works it out again
   */
  warning: { kind: BreakKind; untilMono: number } | null
  pause: Pause | null
  /** "Remind me now anyway": outside working hours, reminders run until this wall instant (the next local midnight) */
  remindTodayUntilWall: number | null
  /** "I'm in a meeting": prompts wait, work still counts */
  meetingUntilMono: number | null
  /** calendar busy intervals (epoch ms) from the host, pruned once over; not persisted */
  calendar: BusyInterval[]
  /** a call (camera or microphone in use by another program) since then; `capNoticed` once it ran past the cap */
  call: { sinceMono: number; capNoticed: boolean } | null
  /** presenting: a fullscreen window in front */
  fullscreen: boolean
  /** what a due prompt is waiting for, so it can say so when it comes */
  held: Hold | null
  /** away since this wall instant: no input for the away threshold (from the last input), asleep or locked */
  away: { sinceWall: number; reason: AwayReason } | null
  history: BreakRecord[]
  /** early exits from strict breaks spent on the local day `day` (a new day starts with none spent) */
  earlyExits: EarlyExits
  /** today's figures, for the summary; `day` is the local day they belong to */
  today: { day: string; activeMs: number; longestMs: number }
}

/** Break history older than this is dropped: enough for weekly insights, bounded in size. */
export const HISTORY_DAYS = 60

export function initialReminderState(): ReminderState {
  return {
    activeMs: { stretch: 0, micro: 0, water: 0 },
    lastMono: null,
    lastInputMono: null,
    lastReadMono: null,
    prompt: null,
    snoozesInARow: 0,
    snoozedUntilMono: null,
    skipsInARow: 0,
    onBreak: null,
    warning: null,
    pause: null,
    remindTodayUntilWall: null,
    meetingUntilMono: null,
    calendar: [],
    call: null,
    fullscreen: false,
    held: null,
    away: null,
    history: [],
    earlyExits: { day: '', used: 0 },
    today: { day: '', activeMs: 0, longestMs: 0 },
  }
}

export type ReminderEvent =
  /** `after`: the call, meeting or presentation the prompt waited for has just ended */
  | { type: 'break-due'; kind: BreakKind; snoozesInARow: number; after?: Hold }
  /** a call has run past the cap: one quiet notification, not a prompt */
  | { type: 'long-call'; minutes: number }
  /** a firm or strict break takes the screen in `inSeconds`: a heads-up, so nobody is cut off mid-sentence */
  | { type: 'break-soon'; kind: BreakKind; inSeconds: number }
  | { type: 'break-started'; kind: BreakKind }
  | { type: 'break-finished'; kind: BreakKind }
  | { type: 'natural-break'; kinds: BreakKind[] }
  | { type: 'pause-ended' }
