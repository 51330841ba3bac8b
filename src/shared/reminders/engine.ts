import { MINUTE_MS, type Instant } from '../time'
import type { ReminderContext } from './context'
import { record, todayOf } from './history'
import { BREAK_KINDS, type BreakKind, type ReminderEvent, type ReminderState } from './state'
import { isWorkingTime, nextWorkingStart } from './working-hours'

/** A gap between readings longer than this is not counted as work: the host probably missed readings. */
export const MAX_COUNTED_GAP_MS = 30_000
/** A longer break absorbs a shorter one falling due within this much active work. */
export const ABSORB_WINDOW_MS = 5 * MINUTE_MS
/**
 * Idle shorter than this is still sitting at the desk (reading, thinking) and counts as work; from this on, idle
 * time is taken off, and a wake-up before the next reading assumes the person is still away.
 */
export const STILL_WORKING_IDLE_SECONDS = 30
/** Time away longer than this (a week) is taken as a clock error, not as a break to measure. */
const MAX_AWAY_MS = 7 * 24 * 60 * MINUTE_MS

export interface Step {
  state: ReminderState
  events: ReminderEvent[]
}

const pausedAt = (state: ReminderState, at: Instant): boolean => {
  const pause = state.pause
  if (!pause) return false
  if (pause.kind === 'indefinite') return true
  return pause.kind === 'for' ? at.mono < pause.untilMono : at.wall < pause.untilWall
}

const workingAt = (at: Instant, ctx: ReminderContext): boolean =>
  ctx.settings.workingHours.remindOutside || isWorkingTime(at.wall, ctx.timeZone, ctx.settings.workingHours)

/** Whether time now counts as work: not paused, not away, not on a break, inside working hours. */
export function counting(state: ReminderState, at: Instant, ctx: ReminderContext): boolean {
  const lockedButCounting = state.away?.reason === 'lock' && ctx.settings.onSleepOrLock === 'keep-counting'
  return !pausedAt(state, at) && (!state.away || lockedButCounting) && !state.onBreak && workingAt(at, ctx)
}

/** Whether a due break may be shown now (work may still be counting, e.g. in a meeting). */
function mayPrompt(state: ReminderState, at: Instant): boolean {
  const snoozed = state.snoozedUntilMono !== null && at.mono < state.snoozedUntilMono
  const meeting = state.meetingUntilMono !== null && at.mono < state.meetingUntilMono
  return !snoozed && !meeting && !state.fullscreen
}

/** Adds the work done since the last reading (idle time taken off) to every counter. */
function accrue(state: ReminderState, at: Instant, ctx: ReminderContext, idleMs: number): ReminderState {
  if (state.lastMono === null) return { ...state, lastMono: at.mono, today: todayOf(state, at, ctx.timeZone) }
  const gap = Math.min(Math.max(at.mono - state.lastMono, 0), MAX_COUNTED_GAP_MS)
  const worked = counting(state, at, ctx) ? Math.max(gap - idleMs, 0) : 0
  if (worked === 0 && at.mono === state.lastMono) return state
  const activeMs = {
    stretch: state.activeMs.stretch + worked,
    micro: state.activeMs.micro + worked,
    water: state.activeMs.water + worked,
  }
  const today = todayOf(state, at, ctx.timeZone)
  return {
    ...state,
    activeMs,
    lastMono: at.mono,
    today: { ...today, activeMs: today.activeMs + worked, longestMs: Math.max(today.longestMs, activeMs.stretch) },
  }
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
      ...(promptCovered ? { prompt: null, snoozesInARow: 0, snoozedUntilMono: null } : {}),
      ...(covered.includes('stretch') ? { skipsInARow: 0 } : {}),
    },
    covered,
  ]
}

function naturalBreak(state: ReminderState, lengthMs: number, at: Instant, ctx: ReminderContext): Step {
  const [reset, covered] = resetCovered(state, lengthMs, ctx)
  if (covered.length === 0) return { state, events: [] }
  const recorded = covered.reduce((next, kind) => record(next, kind, 'natural', at), reset)
  return { state: recorded, events: [{ type: 'natural-break', kinds: covered }] }
}

/** Raises at most one prompt; while one shows nothing else fires, so each due break is announced once. */
function raiseDue(state: ReminderState, at: Instant, ctx: ReminderContext): Step {
  if (state.prompt || state.onBreak || !mayPrompt(state, at) || !counting(state, at, ctx)) return { state, events: [] }
  const { settings } = ctx
  const enabled = BREAK_KINDS.filter((kind) => settings[kind].enabled)
  const due = enabled.filter((kind) => state.activeMs[kind] >= settings[kind].everyMinutes * MINUTE_MS)
  if (due.length === 0) return { state, events: [] }
  const soon = enabled.filter(
    (kind) => state.activeMs[kind] + ABSORB_WINDOW_MS >= settings[kind].everyMinutes * MINUTE_MS,
  )
  const kind = soon.reduce((a, b) => (settings[b].breakSeconds > settings[a].breakSeconds ? b : a))
  return {
    state: { ...state, prompt: { kind, sinceWall: at.wall }, snoozedUntilMono: null },
    events: [{ type: 'break-due', kind, snoozesInARow: state.snoozesInARow }],
  }
}

/** Ends what has run out by `at`: a break, a snooze, a meeting, a timed pause. */
function expire(state: ReminderState, at: Instant): Step {
  let next = state
  const events: ReminderEvent[] = []
  if (next.onBreak && at.mono >= next.onBreak.untilMono) {
    events.push({ type: 'break-finished', kind: next.onBreak.kind })
    next = { ...next, onBreak: null }
  }
  if (next.snoozedUntilMono !== null && at.mono >= next.snoozedUntilMono) next = { ...next, snoozedUntilMono: null }
  if (next.meetingUntilMono !== null && at.mono >= next.meetingUntilMono) next = { ...next, meetingUntilMono: null }
  if (next.pause && next.pause.kind !== 'indefinite' && !pausedAt(next, at)) {
    events.push({ type: 'pause-ended' })
    next = { ...next, pause: null }
  }
  return { state: next, events }
}

function chain(first: Step, ...steps: Array<(state: ReminderState) => Step>): Step {
  return steps.reduce<Step>((done, step) => {
    const next = step(done.state)
    return { state: next.state, events: [...done.events, ...next.events] }
  }, first)
}

/** Brings the counters up to `at` (assuming the person is as active as at the last reading) and raises a due break. */
export function advance(state: ReminderState, at: Instant, ctx: ReminderContext): Step {
  const assumedIdleMs = state.lastIdleSeconds >= STILL_WORKING_IDLE_SECONDS ? MAX_COUNTED_GAP_MS : 0
  return chain(
    { state: accrue(state, at, ctx, assumedIdleMs), events: [] },
    (s) => expire(s, at),
    (s) => raiseDue(s, at, ctx),
  )
}

/** The host's idle reading (every ~10 s). Idle at least as long as a break is a natural break. */
export function observeIdle(state: ReminderState, idleSeconds: number, at: Instant, ctx: ReminderContext): Step {
  const idleMs = Math.max(0, idleSeconds) * 1000
  const notWorkingMs = idleSeconds >= STILL_WORKING_IDLE_SECONDS ? idleMs : 0
  const accrued = { ...accrue(state, at, ctx, notWorkingMs), lastIdleSeconds: idleSeconds }
  const shortestBreakMs = Math.min(
    ...BREAK_KINDS.filter((kind) => ctx.settings[kind].enabled).map((kind) => ctx.settings[kind].breakSeconds * 1000),
  )
  const natural = idleMs >= shortestBreakMs ? naturalBreak(accrued, idleMs, at, ctx) : { state: accrued, events: [] }
  return chain(
    natural,
    (s) => expire(s, at),
    (s) => raiseDue(s, at, ctx),
  )
}

/** Suspend or lock: the counters stop here (unless the setting says to keep counting). */
export function goAway(state: ReminderState, reason: 'suspend' | 'lock', at: Instant, ctx: ReminderContext): Step {
  if (state.away) return { state, events: [] }
  const accrued = accrue(state, at, ctx, 0)
  return { state: { ...accrued, away: { sinceWall: at.wall, reason } }, events: [] }
}

/**
 * Resume or unlock. Time away is measured on the wall clock (the monotonic clock may not run during sleep),
 * clamped so a clock change can neither make it negative nor huge. What it means follows the setting.
 */
export function comeBack(state: ReminderState, at: Instant, ctx: ReminderContext): Step {
  if (!state.away) return { state, events: [] }
  const awayMs = Math.min(Math.max(at.wall - state.away.sinceWall, 0), MAX_AWAY_MS)
  const back: ReminderState = { ...state, away: null, lastMono: at.mono, lastIdleSeconds: 0 }
  const mode = ctx.settings.onSleepOrLock
  let step: Step = { state: back, events: [] }
  if (mode === 'pause-and-count-as-break') step = naturalBreak(back, awayMs, at, ctx)
  else if (mode === 'keep-counting' && state.away.reason === 'suspend' && counting(back, at, ctx)) {
    const activeMs = { ...back.activeMs }
    for (const kind of BREAK_KINDS) activeMs[kind] += awayMs
    step = { state: { ...back, activeMs }, events: [] }
  }
  return chain(
    step,
    (s) => expire(s, at),
    (s) => raiseDue(s, at, ctx),
  )
}

export function setFullscreen(state: ReminderState, fullscreen: boolean, at: Instant, ctx: ReminderContext): Step {
  if (state.fullscreen === fullscreen) return { state, events: [] }
  return raiseDue({ ...accrue(state, at, ctx, 0), fullscreen }, at, ctx)
}

/** Work done since the last reading that is not in the counters yet (the view projects it). */
export function pendingWorkMs(state: ReminderState, at: Instant, ctx: ReminderContext): number {
  if (state.lastMono === null || state.lastIdleSeconds >= STILL_WORKING_IDLE_SECONDS || !counting(state, at, ctx))
    return 0
  return Math.min(Math.max(at.mono - state.lastMono, 0), MAX_COUNTED_GAP_MS)
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
  const working = workingAt(at, ctx)
  if (!working && !state.pause) {
    const start = nextWorkingStart(at.wall, ctx.timeZone, ctx.settings.workingHours)
    if (start !== null) waits.push(start - at.wall)
  }
  const activeNow = state.lastIdleSeconds < STILL_WORKING_IDLE_SECONDS && counting(state, at, ctx)
  if (activeNow && !state.prompt && mayPrompt(state, at)) {
    for (const kind of BREAK_KINDS) {
      if (ctx.settings[kind].enabled) {
        waits.push(ctx.settings[kind].everyMinutes * MINUTE_MS - state.activeMs[kind] - pendingWorkMs(state, at, ctx))
      }
    }
  }
  return waits.length ? Math.max(0, Math.min(...waits)) : null
}
