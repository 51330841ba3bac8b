import { localDayKey, MINUTE_MS, type Instant } from '../kernel/time'
import type { ReminderContext } from './context'
import { snoozeLengthsInOrder, type SnoozeMinutes } from './settings'
import { counting, holdAt, meetingAt, pendingWorkMs, sittingNow } from './engine'
import { todayOf } from './history'
import { earlyExitsLeft, modeOf } from './modes'
import type { BreakMode } from './settings'
import { BREAK_KINDS, type BreakKind, type BreakRecord, type Hold, type ReminderState } from './state'
import { nextWorkingStart } from './working-hours'

export type ReminderStatus =
  'working' | 'due' | 'on-break' | 'snoozed' | 'call' | 'meeting' | 'presenting' | 'paused' | 'away' | 'outside-hours'

/** Why a prompt would wait now: a call, a meeting (with its end, and whether the calendar says so), presenting. */
export type ReminderWait =
  { reason: 'call' } | { reason: 'meeting'; untilWall: number; calendar: boolean } | { reason: 'presenting' }

export interface ReminderView {
  status: ReminderStatus
  /** the next break by sitting, assuming sitting goes on; null when nothing is enabled */
  next: { kind: BreakKind; msUntilDue: number } | null
  /** whether time is counting now, so a UI may count `msUntilDue` down */
  counting: boolean
  prompt: {
    kind: BreakKind
    breakSeconds: number
    sinceWall: number
    snoozesInARow: number
    /** how it asks for the screen; a strict one offers neither Snooze nor Skip */
    mode: BreakMode
    /** false once the person has put it off as often as the setting allows (or it is strict) */
    canSnooze: boolean
    canSkip: boolean
    /** the snooze lengths the person chose, shortest first */
    snoozeOptions: SnoozeMinutes[]
    /** the call, meeting or presentation it waited for, which has just ended; null when it came straight away */
    after: Hold | null
    /** "Try a break now": its buttons only close it */
    preview?: true
  } | null
  onBreak: { kind: BreakKind; remainingMs: number; mode: BreakMode } | null
  /**
   * "Break in 30 seconds": a firm or strict break about to take the screen (at the earliest in `remainingMs`). A firm
   * one may still be snoozed or skipped from here; a strict one offers neither.
   */
  soon: { kind: BreakKind; mode: BreakMode; remainingMs: number; canSnooze: boolean; canSkip: boolean } | null
  /** early exits from a strict break left today */
  earlyExitsLeft: number
  snoozedForMs: number | null
  meetingForMs: number | null
  /** what makes a prompt wait now, shown in words (tray, Today) */
  waiting: ReminderWait | null
  pause: { indefinite: true } | { untilWall: number } | null
  /** outside working hours: when they start again (null when no working day is set) */
  resumesAtWall: number | null
  skipsInARow: number
  /** the skips in a row have reached the setting's threshold: the summary names them */
  skipsNoticed: boolean
  today: {
    taken: number
    natural: number
    skipped: number
    snoozed: number
    activeMinutes: number
    longestStretchMinutes: number
  }
}

function statusOf(state: ReminderState, at: Instant, ctx: ReminderContext): ReminderStatus {
  if (state.onBreak) return 'on-break'
  if (state.prompt) return 'due'
  if (state.pause) return 'paused'
  if (state.away) return 'away'
  const hold = holdAt(state, at)
  if (hold) return hold
  if (state.snoozedUntilMono !== null && at.mono < state.snoozedUntilMono) return 'snoozed'
  if (!counting(state, at, ctx)) return 'outside-hours'
  return 'working'
}

function waitingOf(state: ReminderState, at: Instant): ReminderWait | null {
  const hold = holdAt(state, at)
  if (hold !== 'meeting') return hold && { reason: hold }
  const meeting = meetingAt(state, at)!
  return { reason: 'meeting', untilWall: meeting.untilWall, calendar: meeting.calendar }
}

export function reminderView(state: ReminderState, at: Instant, ctx: ReminderContext): ReminderView {
  const { settings } = ctx
  const enabled = BREAK_KINDS.filter((kind) => settings[kind].enabled)
  const pending = pendingWorkMs(state, at, ctx)
  const next = enabled
    .map((kind) => ({
      kind,
      msUntilDue: Math.max(0, settings[kind].everyMinutes * MINUTE_MS - state.activeMs[kind] - pending),
    }))
    .reduce<ReminderView['next']>((best, item) => (best && best.msUntilDue <= item.msUntilDue ? best : item), null)
  const day = localDayKey(at.wall, ctx.timeZone)
  // Today can only hold entries from the last ~50 hours (time-zone offsets included): scan those, newest first.
  const todays: BreakRecord[] = []
  for (let i = state.history.length - 1; i >= 0; i--) {
    const entry = state.history[i]!
    if (entry.atWall < at.wall - 50 * 60 * MINUTE_MS) break
    if (localDayKey(entry.atWall, ctx.timeZone) === day) todays.push(entry)
  }
  const count = (outcome: BreakRecord['outcome']) => todays.filter((entry) => entry.outcome === outcome).length
  const today = todayOf(state, at, ctx.timeZone)
  const max = settings.maxSnoozesInARow
  const threshold = settings.skipWarningThreshold
  const pause = state.pause
  const status = statusOf(state, at, ctx)
  return {
    status,
    next,
    counting: sittingNow(state, at, ctx),
    prompt: state.prompt && {
      kind: state.prompt.kind,
      breakSeconds: settings[state.prompt.kind].breakSeconds,
      sinceWall: state.prompt.sinceWall,
      snoozesInARow: state.snoozesInARow,
      mode: modeOf(state.prompt.kind, ctx),
      canSnooze: state.snoozesInARow < max && modeOf(state.prompt.kind, ctx) !== 'strict',
      canSkip: modeOf(state.prompt.kind, ctx) !== 'strict',
      snoozeOptions: snoozeLengthsInOrder(settings.snoozeOptions),
      after: state.prompt.after ?? null,
      ...(state.prompt.preview ? { preview: true as const } : {}),
    },
    onBreak: state.onBreak && {
      kind: state.onBreak.kind,
      remainingMs: Math.max(0, state.onBreak.untilMono - at.mono),
      mode: modeOf(state.onBreak.kind, ctx),
    },
    soon: state.warning && {
      kind: state.warning.kind,
      mode: modeOf(state.warning.kind, ctx),
      remainingMs: Math.max(0, state.warning.untilMono - at.mono),
      canSnooze: state.snoozesInARow < max && modeOf(state.warning.kind, ctx) !== 'strict',
      canSkip: modeOf(state.warning.kind, ctx) !== 'strict',
    },
    earlyExitsLeft: earlyExitsLeft(state, at, ctx),
    snoozedForMs:
      state.snoozedUntilMono !== null && at.mono < state.snoozedUntilMono ? state.snoozedUntilMono - at.mono : null,
    meetingForMs:
      state.meetingUntilMono !== null && at.mono < state.meetingUntilMono ? state.meetingUntilMono - at.mono : null,
    waiting: waitingOf(state, at),
    pause: !pause
      ? null
      : pause.kind === 'indefinite'
        ? { indefinite: true }
        : { untilWall: pause.kind === 'for' ? at.wall + (pause.untilMono - at.mono) : pause.untilWall },
    resumesAtWall: status === 'outside-hours' ? nextWorkingStart(at.wall, ctx.timeZone, settings.workingHours) : null,
    skipsInARow: state.skipsInARow,
    skipsNoticed: state.skipsInARow >= threshold,
    today: {
      taken: count('taken'),
      natural: count('natural'),
      skipped: count('skipped'),
      snoozed: count('snoozed'),
      activeMinutes: Math.floor((today.activeMs + pending) / MINUTE_MS),
      longestStretchMinutes: Math.floor(Math.max(today.longestMs, state.activeMs.stretch + pending) / MINUTE_MS),
    },
  }
}

/**
 * A cheap fingerprint of what the view shows, taken at one instant: equal fingerprints mean a snapshot would
 * show nothing new. Counters that move with every reading only show through the projected due instant (to the
 * second) and the active minutes.
 */
export function reminderViewKey(state: ReminderState, at: Instant, ctx: ReminderContext): string {
  const pending = pendingWorkMs(state, at, ctx)
  const sitting = sittingNow(state, at, ctx)
  // While sitting counts, the due instant holds still; otherwise the time left does.
  const dueIn = BREAK_KINDS.filter((kind) => ctx.settings[kind].enabled).map((kind) =>
    Math.round(
      ((sitting ? at.wall : 0) + ctx.settings[kind].everyMinutes * MINUTE_MS - state.activeMs[kind] - pending) / 1000,
    ),
  )
  const today = todayOf(state, at, ctx.timeZone)
  return [
    statusOf(state, at, ctx),
    JSON.stringify(waitingOf(state, at)),
    sitting,
    dueIn.join(','),
    state.prompt?.kind,
    state.snoozesInARow,
    state.skipsInARow,
    state.onBreak?.kind,
    state.warning?.kind,
    state.history.length,
    earlyExitsLeft(state, at, ctx),
    Math.floor((today.activeMs + pending) / MINUTE_MS),
    today.day,
  ].join('|')
}
