import { MINUTE_MS, type Instant } from '../kernel/time'
import type { ReminderContext } from './context'
import { record, todayOf } from './history'
import {
  BREAK_KINDS,
  type AwayReason,
  type BreakKind,
  type Hold,
  type ReminderEvent,
  type ReminderState,
} from './state'
import { isWorkingTime, nextWorkingStart } from './working-hours'
import { msUntilExitsReturn } from './modes'
import { WARNING_MS, warnsFirst } from './warning'

/** A longer break absorbs a shorter one falling due within this much sitting. */
export const ABSORB_WINDOW_MS = 5 * MINUTE_MS
/** Time away longer than this (a week) is taken as a clock error, not as a break to measure. */
const MAX_AWAY_MS = 7 * 24 * 60 * MINUTE_MS

export interface Transition {
  state: ReminderState
  events: ReminderEvent[]
}

const none = (state: ReminderState): Transition => ({ state, events: [] })

/** No input for this long is away; anything shorter is sitting. */
export const awayAfterMs = (ctx: ReminderContext): number => ctx.settings.awayAfterMinutes * MINUTE_MS

/**
 * The shortest away that can be a natural break. Idle alone needs the away threshold (no input may be reading);
 * a desk the camera saw empty is a break already, as long as each kind's own break length.
 */
const breakFloorMs = (reason: AwayReason, ctx: ReminderContext): number => (reason === 'camera' ? 0 : awayAfterMs(ctx))

/** Aways that input ends (sleep and lock end only on resume or unlock). */
const endsWithInput = (reason: AwayReason | undefined): boolean => reason === 'idle' || reason === 'camera'

const pausedAt = (state: ReminderState, at: Instant): boolean => {
  const pause = state.pause
  if (!pause) return false
  if (pause.kind === 'indefinite') return true
  return pause.kind === 'for' ? at.mono < pause.untilMono : at.wall < pause.untilWall
}

/** Whether `wall` is time reminders run in: working hours, or outside them when the person asked for it. */
export const workingAtWall = (state: ReminderState, wall: number, ctx: ReminderContext): boolean =>
  ctx.settings.workingHours.remindOutside ||
  (state.remindTodayUntilWall !== null && wall < state.remindTodayUntilWall) ||
  isWorkingTime(wall, ctx.timeZone, ctx.settings.workingHours)

/** The calendar meeting holding `wall`, as the latest end among the busy intervals that hold it. */
function calendarMeetingAt(state: ReminderState, wall: number): number | null {
  let end: number | null = null
  for (const busy of state.calendar) {
    if (busy.startWall <= wall && wall < busy.endWall) end = Math.max(end ?? 0, busy.endWall)
  }
  return end
}

/** The meeting on at `at` (the manual one first), with the wall instant it ends. */
export function meetingAt(state: ReminderState, at: Instant): { untilWall: number; calendar: boolean } | null {
  if (state.meetingUntilMono !== null && at.mono < state.meetingUntilMono) {
    return { untilWall: at.wall + (state.meetingUntilMono - at.mono), calendar: false }
  }
  const end = calendarMeetingAt(state, at.wall)
  return end === null ? null : { untilWall: end, calendar: true }
}

/** What makes prompts wait now. In a call or meeting, and while presenting, idle never ends sitting either. */
export function holdAt(state: ReminderState, at: Instant): Hold | null {
  if (state.call) return 'call'
  if (meetingAt(state, at)) return 'meeting'
  return state.fullscreen ? 'presenting' : null
}

const lockedButCounting = (state: ReminderState, ctx: ReminderContext): boolean =>
  state.away?.reason === 'lock' && ctx.settings.onSleepOrLock === 'keep-counting'

/** Whether time now counts as sitting: not paused, not away, not on a break, inside working hours. */
export function counting(state: ReminderState, at: Instant, ctx: ReminderContext): boolean {
  return (
    !pausedAt(state, at) &&
    (!state.away || lockedButCounting(state, ctx)) &&
    !state.onBreak &&
    workingAtWall(state, at.wall, ctx)
  )
}

/**
 * The last mono instant the person is known to have been at the desk: their last input, or the end of a calendar
 * meeting that ran since (a meeting is sitting to its end, input or not).
 */
export function presenceMono(state: ReminderState, at: Instant): number {
  let known = state.lastInputMono ?? at.mono
  const knownWall = at.wall - (at.mono - known)
  for (const busy of state.calendar) {
    if (busy.startWall <= at.wall && busy.endWall > knownWall)
      known = Math.max(known, at.mono - (at.wall - busy.endWall))
  }
  return Math.min(known, at.mono)
}

/** Until when (mono) the person is sitting without a new reading: idle could not reach the threshold before. */
function sittingUntilMono(state: ReminderState, at: Instant, ctx: ReminderContext): number {
  if (holdAt(state, at) || lockedButCounting(state, ctx)) return at.mono
  return presenceMono(state, at) + awayAfterMs(ctx)
}

/**
 * While away, the mono instants at which the away will have become long enough for another kind's natural break:
 * a reading then confirms it exactly.
 */
export function breakQualifiesAtMono(state: ReminderState, at: Instant, ctx: ReminderContext): number | null {
  if (!state.away || !endsWithInput(state.away.reason)) return null
  const floorMs = breakFloorMs(state.away.reason, ctx)
  const sinceMono = at.mono - (at.wall - state.away.sinceWall)
  const instants = BREAK_KINDS.filter(
    (kind) => ctx.settings[kind].enabled && (state.activeMs[kind] > 0 || state.prompt?.kind === kind),
  )
    .map((kind) => sinceMono + Math.max(floorMs, ctx.settings[kind].breakSeconds * 1000))
    .filter((instant) => instant > at.mono)
  return instants.length ? Math.min(...instants) : null
}

/** Whether sitting is counting up right now (a UI may count the next break down). */
export function sittingNow(state: ReminderState, at: Instant, ctx: ReminderContext): boolean {
  return state.lastMono !== null && counting(state, at, ctx) && at.mono < sittingUntilMono(state, at, ctx)
}

/** The part of [fromMono, toMono] inside working hours (a boundary inside the span is found to the minute). */
function workingPartMs(
  state: ReminderState,
  fromMono: number,
  toMono: number,
  at: Instant,
  ctx: ReminderContext,
): number {
  const wallOf = (mono: number) => at.wall - (at.mono - mono)
  const startIn = workingAtWall(state, wallOf(fromMono), ctx)
  if (startIn === workingAtWall(state, wallOf(toMono), ctx)) return startIn ? toMono - fromMono : 0
  let boundary = fromMono
  while (boundary < toMono && workingAtWall(state, wallOf(boundary), ctx) === startIn) {
    boundary = Math.min(toMono, boundary + MINUTE_MS - (wallOf(boundary) % MINUTE_MS))
  }
  return startIn ? boundary - fromMono : toMono - boundary
}

/** Adds the sitting from the last count up to `toMono` (at most `at`) to every counter. */
function countTo(state: ReminderState, toMono: number, at: Instant, ctx: ReminderContext): ReminderState {
  if (state.lastMono === null) return { ...state, lastMono: at.mono, today: todayOf(state, at, ctx.timeZone) }
  const to = Math.min(toMono, at.mono)
  if (to <= state.lastMono) return state
  const sat = counting(state, at, ctx) ? workingPartMs(state, state.lastMono, to, at, ctx) : 0
  const activeMs = {
    stretch: state.activeMs.stretch + sat,
    micro: state.activeMs.micro + sat,
    water: state.activeMs.water + sat,
  }
  const today = todayOf(state, at, ctx.timeZone)
  return {
    ...state,
    activeMs,
    lastMono: to,
    today: { ...today, activeMs: today.activeMs + sat, longestMs: Math.max(today.longestMs, activeMs.stretch) },
  }
}

/** Counts what is known to be sitting up to now, then starts the count again at `at`. */
function countUpToNow(state: ReminderState, at: Instant, ctx: ReminderContext): ReminderState {
  const counted = countTo(state, sittingUntilMono(state, at, ctx), at, ctx)
  return { ...counted, lastMono: at.mono }
}

/**
 * The person is at the desk now (a command, a call, a meeting, presenting): sitting counts up to here, and an away
 * that idle started ends here (a natural break if it was long enough). Sleep and lock end only on resume or unlock.
 */
export function present(state: ReminderState, at: Instant, ctx: ReminderContext): Transition {
  if (state.away && endsWithInput(state.away.reason)) {
    const awayMs = Math.min(Math.max(at.wall - state.away.sinceWall, 0), MAX_AWAY_MS)
    const back = { ...state, away: null, lastMono: at.mono, lastInputMono: at.mono }
    return naturalBreak(back, awayMs, at, ctx, breakFloorMs(state.away.reason, ctx))
  }
  if (state.away) return none(state)
  return none({ ...countUpToNow(state, at, ctx), lastInputMono: at.mono })
}

/** A break (taken or natural) of `lengthMs` resets every kind whose own break fits in it. */
export function resetCovered(
  state: ReminderState,
  lengthMs: number,
  ctx: ReminderContext,
  taking?: BreakKind,
): [ReminderState, BreakKind[]] {
  const activeMs = { ...state.activeMs }
  const covered: BreakKind[] = []
  for (const kind of BREAK_KINDS) {
    const fits = ctx.settings[kind].enabled && ctx.settings[kind].breakSeconds * 1000 <= lengthMs
    if (kind === taking || (fits && (activeMs[kind] > 0 || state.prompt?.kind === kind))) {
      activeMs[kind] = 0
      covered.push(kind)
    }
  }
  const promptCovered = state.prompt !== null && covered.includes(state.prompt.kind)
  return [
    {
      ...state,
      activeMs,
      held: null,
      ...(promptCovered ? { prompt: null, snoozesInARow: 0, snoozedUntilMono: null } : {}),
      ...(covered.includes('stretch') ? { skipsInARow: 0 } : {}),
    },
    covered,
  ]
}

/** Away for `lengthMs`: a natural break of every kind whose own length fits, once away reached the threshold. */
function naturalBreak(
  state: ReminderState,
  lengthMs: number,
  at: Instant,
  ctx: ReminderContext,
  floorMs = awayAfterMs(ctx),
): Transition {
  if (lengthMs < floorMs) return none(state)
  const [reset, covered] = resetCovered(state, lengthMs, ctx)
  if (covered.length === 0) return none(state)
  const recorded = covered.reduce((next, kind) => record(next, kind, 'natural', at), reset)
  return { state: recorded, events: [{ type: 'natural-break', kinds: covered }] }
}

/** Sitting (ms) since the last count that is not in the counters yet: projected up to where it is known. */
export function pendingWorkMs(state: ReminderState, at: Instant, ctx: ReminderContext): number {
  if (state.lastMono === null || !counting(state, at, ctx)) return 0
  return Math.max(0, Math.min(at.mono, sittingUntilMono(state, at, ctx)) - state.lastMono)
}

/** The kinds due now, by the counters and the projected sitting. */
export function dueKinds(state: ReminderState, at: Instant, ctx: ReminderContext, slackMs = 0): BreakKind[] {
  const pending = pendingWorkMs(state, at, ctx)
  return BREAK_KINDS.filter(
    (kind) =>
      ctx.settings[kind].enabled &&
      state.activeMs[kind] + pending + slackMs >= ctx.settings[kind].everyMinutes * MINUTE_MS,
  )
}

/** Whether a prompt could be raised now if one were due (nothing showing, snoozed, paused or away). */
export function mayRaise(state: ReminderState, at: Instant, ctx: ReminderContext): boolean {
  const snoozed = state.snoozedUntilMono !== null && at.mono < state.snoozedUntilMono
  return !state.prompt && !state.onBreak && !snoozed && counting(state, at, ctx)
}

/** A due prompt that may be raised now: due, and nothing (call, meeting, presenting) holds it. */
export function promptDueNow(state: ReminderState, at: Instant, ctx: ReminderContext): boolean {
  return mayRaise(state, at, ctx) && holdAt(state, at) === null && dueKinds(state, at, ctx).length > 0
}

/** The kind a prompt raised at `inMs` from now would be for: the longest break falling due by then or soon after. */
function promptKind(state: ReminderState, at: Instant, ctx: ReminderContext, inMs: number): BreakKind | null {
  const soon = dueKinds(state, at, ctx, inMs + ABSORB_WINDOW_MS)
  if (soon.length === 0) return null
  return soon.reduce((a, b) => (ctx.settings[b].breakSeconds > ctx.settings[a].breakSeconds ? b : a))
}

/** The break the projected sitting brings next, and in how many ms (0: due now); null while nothing may be raised. */
export function comingBreak(state: ReminderState, at: Instant, ctx: ReminderContext) {
  const inMs = msUntilDue(state, at, ctx)
  if (inMs === null) return null
  const kind = promptKind(state, at, ctx, inMs)
  return kind && { kind, inMs }
}

/**
 * A firm or strict break says "break in 30 seconds" before it takes the screen. The warning starts when the break is
 * that close and always lasts the whole 30 s (a break already due, say right after a call, comes 30 s later); it ends
 * with the prompt, or as soon as no such break is coming (snoozed, paused, a call, away).
 */
function warn(state: ReminderState, at: Instant, ctx: ReminderContext): Transition {
  const coming = comingBreak(state, at, ctx)
  const warns = coming !== null && coming.inMs <= WARNING_MS && warnsFirst(coming.kind, ctx)
  if (!warns) return none(state.warning ? { ...state, warning: null } : state)
  if (state.warning) return none(state)
  const untilMono = at.mono + Math.max(coming.inMs, WARNING_MS)
  return {
    state: { ...state, warning: { kind: coming.kind, untilMono } },
    events: [{ type: 'break-soon', kind: coming.kind, inSeconds: Math.round((untilMono - at.mono) / 1000) }],
  }
}

/** Raises at most one prompt; while one shows nothing else fires, so each due break is announced once. */
function raiseDue(state: ReminderState, at: Instant, ctx: ReminderContext): Transition {
  const warned = warn(state, at, ctx)
  if (warned.state.warning && at.mono < warned.state.warning.untilMono) return warned
  return chain(warned, (s) => raise(s, at, ctx))
}

function raise(state: ReminderState, at: Instant, ctx: ReminderContext): Transition {
  if (!mayRaise(state, at, ctx)) return none(state)
  const due = dueKinds(state, at, ctx)
  if (due.length === 0) return none(state)
  const hold = holdAt(state, at)
  if (hold) return none(state.held === hold ? state : { ...state, held: hold })
  const kind = promptKind(state, at, ctx, 0)!
  const after = state.held ? { after: state.held } : {}
  return {
    state: {
      ...state,
      prompt: { kind, sinceWall: at.wall, ...after },
      snoozedUntilMono: null,
      held: null,
      warning: null,
    },
    events: [{ type: 'break-due', kind, snoozesInARow: state.snoozesInARow, ...after }],
  }
}

/** Ends what has run out by `at`: a break, a snooze, a meeting, a timed pause; notes a call past the cap. */
function expire(state: ReminderState, at: Instant, ctx: ReminderContext): Transition {
  let next = state
  const events: ReminderEvent[] = []
  if (next.onBreak && at.mono >= next.onBreak.untilMono) {
    events.push({ type: 'break-finished', kind: next.onBreak.kind })
    // Sitting starts again when the break ends, not at the last count taken during it.
    next = { ...next, onBreak: null, lastMono: Math.max(next.lastMono ?? 0, next.onBreak.untilMono) }
  }
  if (next.snoozedUntilMono !== null && at.mono >= next.snoozedUntilMono) next = { ...next, snoozedUntilMono: null }
  if (next.meetingUntilMono !== null && at.mono >= next.meetingUntilMono) {
    // The meeting was sitting to its end, input or not.
    const end = next.meetingUntilMono
    next = { ...countTo(next, end, at, ctx), meetingUntilMono: null }
    next = { ...next, lastInputMono: Math.max(next.lastInputMono ?? end, end) }
  }
  if (next.pause && next.pause.kind !== 'indefinite' && !pausedAt(next, at)) {
    events.push({ type: 'pause-ended' })
    next = { ...next, pause: null, lastMono: at.mono }
  }
  const cap = ctx.settings.longCallMinutes * MINUTE_MS
  if (next.call && !next.call.capNoticed && at.mono - next.call.sinceMono >= cap) {
    events.push({ type: 'long-call', minutes: ctx.settings.longCallMinutes })
    next = { ...next, call: { ...next.call, capNoticed: true } }
  }
  if (next.calendar.some((busy) => busy.endWall <= at.wall - MAX_AWAY_MS)) {
    next = { ...next, calendar: next.calendar.filter((busy) => busy.endWall > at.wall - MAX_AWAY_MS) }
  }
  return { state: next, events }
}

function chain(first: Transition, ...steps: Array<(state: ReminderState) => Transition>): Transition {
  return steps.reduce<Transition>((done, step) => {
    const next = step(done.state)
    return { state: next.state, events: [...done.events, ...next.events] }
  }, first)
}

/** Ends what has run out and raises a due prompt: after a reading, a host event or a command. */
export const settle = (state: ReminderState, at: Instant, ctx: ReminderContext): Transition =>
  settleStep(none(state), at, ctx)

const settleStep = (step: Transition, at: Instant, ctx: ReminderContext): Transition =>
  chain(
    step,
    (s) => expire(s, at, ctx),
    (s) => raiseDue(s, at, ctx),
  )

/**
 * A wake-up between readings: ends what has run out and raises a due prompt from the projected sitting. A host
 * that reads idle time before prompts (`readsBeforePrompts`) raises them at its readings instead.
 */
export function advance(state: ReminderState, at: Instant, ctx: ReminderContext): Transition {
  const expired = expire(state, at, ctx)
  // The warning comes from the projected sitting on either kind of host; the reading at its end raises the prompt.
  if (ctx.readsBeforePrompts) return chain(expired, (s) => warn(s, at, ctx))
  return chain(expired, (s) => raiseDue(s, at, ctx))
}

/**
 * The host's idle reading. Idle shorter than the away threshold is sitting; from the threshold on, away started at
 * the last input, and away long enough for a kind's break is a natural break of that kind. In a call, a meeting or
 * while presenting, idle never ends sitting.
 */
export function observeIdle(state: ReminderState, idleSeconds: number, at: Instant, ctx: ReminderContext): Transition {
  const idleMs = Math.max(0, idleSeconds) * 1000
  const read = { ...state, lastReadMono: at.mono }
  if (state.lastMono === null) {
    const first = { ...countTo(read, at.mono, at, ctx), lastInputMono: at.mono - idleMs }
    return settleStep(
      first.lastInputMono + awayAfterMs(ctx) <= at.mono ? startAway(first, at, ctx) : none(first),
      at,
      ctx,
    )
  }
  if (state.away?.reason === 'camera') return settleStep(observeIdleAfterEmptyDesk(read, idleMs, at, ctx), at, ctx)
  if (state.away && state.away.reason !== 'idle') return settleStep(none(read), at, ctx)
  if (holdAt(state, at)) return settleStep(present(read, at, ctx), at, ctx)
  const lastInput = Math.min(at.mono, Math.max(at.mono - idleMs, presenceMono(state, at)))
  const withInput = { ...read, lastInputMono: lastInput }
  if (at.mono - lastInput < awayAfterMs(ctx)) {
    if (!state.away) return settleStep(none(countTo(withInput, lastInput, at, ctx)), at, ctx)
    // Back: sitting again from the last input. The away was judged at the readings that still saw it (the first
    // input after it is not known, only the last one), so only a length confirmed by a reading makes a break.
    return settleStep(none({ ...withInput, away: null, lastMono: lastInput }), at, ctx)
  }
  const away = state.away ? none(withInput) : startAway(withInput, at, ctx)
  const awayMs = Math.min(Math.max(at.wall - away.state.away!.sinceWall, 0), MAX_AWAY_MS)
  return settleStep(naturalBreak(away.state, awayMs, at, ctx), at, ctx)
}

/** Away from the last input on: sitting is counted up to it, never past it. */
function startAway(state: ReminderState, at: Instant, ctx: ReminderContext, reason: 'idle' | 'camera' = 'idle') {
  const since = state.lastInputMono ?? at.mono
  const counted = { ...countTo(state, since, at, ctx), lastMono: at.mono }
  return none({ ...counted, away: { sinceWall: at.wall - (at.mono - since), reason } })
}

/**
 * The camera saw the desk empty: away from the last sign of the person (input, a face, a meeting), without waiting
 * for idle to reach the threshold. In a call, a meeting or while presenting the person is taken to be there.
 */
export function cameraAway(state: ReminderState, at: Instant, ctx: ReminderContext): Transition {
  if (state.away || state.lastMono === null || holdAt(state, at)) return none(state)
  const since = Math.min(at.mono, presenceMono(state, at))
  return settleStep(startAway({ ...state, lastInputMono: since }, at, ctx, 'camera'), at, ctx)
}

/**
 * An idle reading while the camera has the desk empty: input newer than the away's start is the person back (the
 * away lasted until it); otherwise the away goes on, a natural break of each kind whose own length it reached.
 */
function observeIdleAfterEmptyDesk(state: ReminderState, idleMs: number, at: Instant, ctx: ReminderContext) {
  const away = state.away!
  const sinceMono = at.mono - (at.wall - away.sinceWall)
  const lastInput = at.mono - idleMs
  const lengthMs = Math.min(Math.max(Math.min(lastInput, at.mono) - sinceMono, 0), MAX_AWAY_MS)
  if (lastInput > sinceMono) {
    const back = { ...state, away: null, lastMono: lastInput, lastInputMono: lastInput }
    return naturalBreak(back, lengthMs, at, ctx, 0)
  }
  return naturalBreak(state, Math.min(at.wall - away.sinceWall, MAX_AWAY_MS), at, ctx, 0)
}

/** Suspend or lock: away from now (or from when idle made it away already); counting stops unless set to go on. */
export function goAway(
  state: ReminderState,
  reason: 'suspend' | 'lock',
  at: Instant,
  ctx: ReminderContext,
): Transition {
  if (state.away) {
    // Locked after a time away: the away keeps its start; the unlock (or resume) ends it.
    return endsWithInput(state.away.reason) ? none({ ...state, away: { ...state.away, reason } }) : none(state)
  }
  const until = Math.min(at.mono, sittingUntilMono(state, at, ctx))
  const counted = { ...countTo(state, until, at, ctx), lastMono: at.mono }
  return none({ ...counted, away: { sinceWall: at.wall - (at.mono - until), reason } })
}

/**
 * Resume or unlock. Time away is measured on the wall clock (the monotonic clock may not run during sleep),
 * clamped so a clock change can neither make it negative nor huge. What it means follows the setting. Waking from a
 * sleep that came after a lock is not coming back: the screen is still locked, and the unlock ends the away.
 */
export function comeBack(
  state: ReminderState,
  how: 'resume' | 'unlock',
  at: Instant,
  ctx: ReminderContext,
): Transition {
  if (!state.away || endsWithInput(state.away.reason)) return none(state)
  if (how === 'resume' && state.away.reason === 'lock') return none(state)
  const awayMs = Math.min(Math.max(at.wall - state.away.sinceWall, 0), MAX_AWAY_MS)
  const counted = lockedButCounting(state, ctx) ? countTo(state, at.mono, at, ctx) : state
  const back: ReminderState = { ...counted, away: null, lastMono: at.mono, lastInputMono: at.mono }
  const mode = ctx.settings.onSleepOrLock
  let step: Transition = none(back)
  if (mode === 'pause-and-count-as-break') step = naturalBreak(back, awayMs, at, ctx)
  else if (mode === 'keep-counting' && state.away.reason === 'suspend' && counting(back, at, ctx)) {
    const activeMs = { ...back.activeMs }
    for (const kind of BREAK_KINDS) activeMs[kind] += awayMs
    step = none({ ...back, activeMs })
  }
  return settleStep(step, at, ctx)
}

/** Presenting (a fullscreen window in front): prompts wait, sitting counts. */
export function setFullscreen(
  state: ReminderState,
  fullscreen: boolean,
  at: Instant,
  ctx: ReminderContext,
): Transition {
  if (state.fullscreen === fullscreen) return none(state)
  return chain(present(state, at, ctx), (s) => settleStep(none({ ...s, fullscreen }), at, ctx))
}

/** The host's call detector: a call starting is someone at the desk; its end lets a waiting prompt come. */
export function setCall(state: ReminderState, active: boolean, at: Instant, ctx: ReminderContext): Transition {
  if ((state.call !== null) === active) return none(state)
  const call = active ? { sinceMono: at.mono, capNoticed: false } : null
  return chain(present(state, at, ctx), (s) => settleStep(none({ ...s, call }), at, ctx))
}

/** The calendar's busy intervals: a meeting in one holds prompts and is sitting to its end. */
export function setCalendar(
  state: ReminderState,
  busy: ReminderState['calendar'],
  at: Instant,
  ctx: ReminderContext,
): Transition {
  const counted = countUpToNow(state, at, ctx)
  const calendar = busy
    .filter((interval) => interval.endWall > at.wall - MAX_AWAY_MS && interval.endWall > interval.startWall)
    .map(({ startWall, endWall }) => ({ startWall, endWall }))
    .sort((a, b) => a.startWall - b.startWall)
  return settleStep(none({ ...counted, calendar }), at, ctx)
}

/** Milliseconds until something is due to change, or null; never a periodic tick. */
export function nextWakeMs(state: ReminderState, at: Instant, ctx: ReminderContext): number | null {
  const waits: number[] = []
  const untilMono = (mono: number | null) => mono !== null && waits.push(mono - at.mono)
  untilMono(state.onBreak?.untilMono ?? null)
  untilMono(state.snoozedUntilMono)
  untilMono(state.meetingUntilMono)
  if (state.pause?.kind === 'for') untilMono(state.pause.untilMono)
  if (state.pause?.kind === 'until') waits.push(state.pause.untilWall - at.wall)
  const calendarEnd = calendarMeetingAt(state, at.wall)
  if (calendarEnd !== null) waits.push(calendarEnd - at.wall)
  // the start of the next calendar meeting: the status (and the tray) says so from then on
  const nextStart = state.calendar.find((busy) => busy.startWall > at.wall)
  if (nextStart) waits.push(nextStart.startWall - at.wall)
  if (state.call && !state.call.capNoticed)
    waits.push(state.call.sinceMono + ctx.settings.longCallMinutes * MINUTE_MS - at.mono)
  // midnight ends "remind me now anyway": the status (and the tray) says so from then on
  if (state.remindTodayUntilWall !== null && state.remindTodayUntilWall > at.wall)
    waits.push(state.remindTodayUntilWall - at.wall)
  if (!workingAtWall(state, at.wall, ctx) && !state.pause) {
    const start = nextWorkingStart(at.wall, ctx.timeZone, ctx.settings.workingHours)
    if (start !== null) waits.push(start - at.wall)
  }
  const exitsReturn = msUntilExitsReturn(state, at, ctx)
  if (exitsReturn !== null) waits.push(exitsReturn)
  const warning = msUntilWarning(state, at, ctx)
  if (warning !== null) waits.push(warning)
  if (!ctx.readsBeforePrompts) {
    const due = msUntilPrompt(state, at, ctx)
    if (due !== null) waits.push(due)
  }
  return waits.length ? Math.max(0, Math.min(...waits)) : null
}

/**
 * Milliseconds until the projected sitting makes a prompt due (0 when due now), or null when none can come before
 * a reading or another event: nothing enabled, a prompt showing, held, snoozed, paused, away.
 */
export function msUntilDue(state: ReminderState, at: Instant, ctx: ReminderContext): number | null {
  if (!mayRaise(state, at, ctx) || holdAt(state, at)) return null
  const pending = pendingWorkMs(state, at, ctx)
  const waits = BREAK_KINDS.filter((kind) => ctx.settings[kind].enabled).map(
    (kind) => ctx.settings[kind].everyMinutes * MINUTE_MS - state.activeMs[kind] - pending,
  )
  if (waits.length === 0) return null
  const wait = Math.max(0, Math.min(...waits))
  // Past the instant idle could reach the threshold the projection stops: only a reading can tell.
  return at.mono + wait <= sittingUntilMono(state, at, ctx) ? wait : null
}

/** Milliseconds until a prompt may be raised: when it falls due, or when the warning before it ends. */
export function msUntilPrompt(state: ReminderState, at: Instant, ctx: ReminderContext): number | null {
  const due = msUntilDue(state, at, ctx)
  if (due === null || !state.warning) return due
  return Math.max(due, state.warning.untilMono - at.mono)
}

/** Milliseconds until a firm or strict break coming by the projected sitting is 30 s away, or null. */
function msUntilWarning(state: ReminderState, at: Instant, ctx: ReminderContext): number | null {
  if (state.warning) return null
  const coming = comingBreak(state, at, ctx)
  if (!coming || !warnsFirst(coming.kind, ctx)) return null
  return Math.max(0, coming.inMs - WARNING_MS)
}
