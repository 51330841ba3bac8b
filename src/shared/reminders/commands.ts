import { fail, ok, type Result } from '../kernel/result'
import { HOUR_MS, MINUTE_MS, type Instant } from '../kernel/time'
import type { ReminderContext } from './context'
import { advance, resetCovered, settle, workingAtWall } from './engine'
import { record } from './history'
import type { PauseRemindersPayload, SnoozeBreakPayload, StartBreakPayload, StartMeetingPayload } from './schema'
import type { ReminderEvent, ReminderState } from './state'
import { nextLocalMidnight, nextWorkingStart } from './working-hours'
import { snoozeLengthsInOrder } from './settings'
import { msg } from '../i18n/catalog'
import { earlyExitsLeft, modeOf, spendEarlyExit, strictShowing } from './modes'

type Outcome = Result<ReminderState, ReminderEvent>

/** A strict break is announced: like its screen, its warning offers neither Snooze nor Skip. */
const strictWarning = (state: ReminderState, ctx: ReminderContext): boolean =>
  state.warning !== null && modeOf(state.warning.kind, ctx) === 'strict'

/** Starts a break now: the one prompted, or the kind asked for (a stretch by default). It counts as taken. */
export function startBreak(
  state: ReminderState,
  payload: StartBreakPayload,
  at: Instant,
  ctx: ReminderContext,
): Outcome {
  if (state.onBreak) return fail(msg('A break is already under way.'))
  const kind = payload.kind ?? state.prompt?.kind ?? state.warning?.kind ?? 'stretch'
  const lengthMs = ctx.settings[kind].breakSeconds * 1000
  const [reset] = resetCovered(state, lengthMs, ctx, kind)
  const taken = record(
    {
      ...reset,
      prompt: null,
      snoozesInARow: 0,
      snoozedUntilMono: null,
      warning: null,
      skipsInARow: kind === 'stretch' ? 0 : reset.skipsInARow,
      onBreak: { kind, untilMono: at.mono + lengthMs, startedWall: at.wall },
    },
    kind,
    'taken',
    at,
  )
  return ok(taken, [{ type: 'break-started', kind }])
}

export function endBreak(state: ReminderState, _payload: object, at: Instant, ctx: ReminderContext): Outcome {
  if (!state.onBreak) return fail(msg('There is no break to end.'))
  if (strictShowing(state, ctx) === 'break' && at.mono < state.onBreak.untilMono) {
    return fail(msg("A strict break ends on its own, or with one of today's early exits."))
  }
  return finishBreak(state, at)
}

function finishBreak(state: ReminderState, at: Instant): Outcome {
  if (!state.onBreak) return fail(msg('There is no break to end.'))
  return ok({ ...state, onBreak: null, lastMono: at.mono }, [{ type: 'break-finished', kind: state.onBreak.kind }])
}

/** Puts the prompt off; past the limit in a row it is refused, so the person decides: take it or skip it. */
export function snoozeBreak(
  state: ReminderState,
  payload: SnoozeBreakPayload,
  at: Instant,
  ctx: ReminderContext,
): Outcome {
  const coming = state.prompt ?? state.warning
  if (!coming) return fail(msg('There is no break to snooze.'))
  if (state.prompt?.preview) return ok(closePreview(state))
  if (strictShowing(state, ctx) === 'prompt' || strictWarning(state, ctx)) {
    return fail(msg('A strict break cannot be snoozed.'))
  }
  const lengths = ctx.settings.snoozeOptions
  if (!lengths.includes(payload.minutes)) {
    return fail(
      msg(
        'A {{minutes}}-minute snooze is not one of your snooze lengths ({{lengths}} minutes). Change them in Settings.',
      ),
      { minutes: payload.minutes, lengths: snoozeLengthsInOrder(lengths).join(', ') },
    )
  }
  const max = ctx.settings.maxSnoozesInARow
  if (state.snoozesInARow >= max) {
    return fail(msg('You have put this break off {{max}} times in a row. Take it now, or skip it.'), { max })
  }
  const snoozed = record(
    {
      ...state,
      prompt: null,
      warning: null,
      snoozesInARow: state.snoozesInARow + 1,
      snoozedUntilMono: at.mono + payload.minutes * MINUTE_MS,
    },
    coming.kind,
    'snoozed',
    at,
  )
  return ok(snoozed)
}

export function skipBreak(state: ReminderState, _payload: object, at: Instant, ctx: ReminderContext): Outcome {
  if (strictShowing(state, ctx) === 'prompt' || strictWarning(state, ctx)) {
    return fail(msg('A strict break cannot be skipped.'))
  }
  return skipPrompt(state, at, ctx)
}

/**
 * Leaves a strict break early (the deliberate hold on its screen): its prompt is recorded as skipped, or the break
 * under way ends now. It spends one of the day's early exits, and is refused once none are left.
 */
export function leaveBreakEarly(state: ReminderState, _payload: object, at: Instant, ctx: ReminderContext): Outcome {
  const showing = strictShowing(state, ctx)
  if (!showing) return fail(msg('There is no strict break to leave.'))
  if (earlyExitsLeft(state, at, ctx) === 0)
    return fail(msg('No early exits are left today: take this break to its end.'))
  const spent = spendEarlyExit(state, at, ctx)
  return showing === 'prompt' ? skipPrompt(spent, at, ctx) : finishBreak(spent, at)
}

function skipPrompt(state: ReminderState, at: Instant, ctx: ReminderContext): Outcome {
  const coming = state.prompt ?? state.warning
  if (!coming) return fail(msg('There is no break to skip.'))
  if (state.prompt?.preview) return ok(closePreview(state))
  const kind = coming.kind
  const [reset] = resetCovered(state, ctx.settings[kind].breakSeconds * 1000, ctx, kind)
  const skipped = record(
    {
      ...reset,
      prompt: null,
      warning: null,
      snoozesInARow: 0,
      snoozedUntilMono: null,
      skipsInARow: state.skipsInARow + (kind === 'stretch' ? 1 : 0),
    },
    kind,
    'skipped',
    at,
  )
  return ok(skipped)
}

export function pauseReminders(
  state: ReminderState,
  payload: PauseRemindersPayload,
  at: Instant,
  ctx: ReminderContext,
): Outcome {
  if (strictShowing(state, ctx) === 'prompt') {
    return fail(msg('A strict break is due: take it before pausing reminders.'))
  }
  const caughtUp = advance(state, at, ctx).state
  // Pausing during a warning is allowed in every mode: the break has not taken the screen yet.
  const base = { ...caughtUp, prompt: null, warning: null, snoozedUntilMono: null }
  switch (payload.for) {
    case '30m':
    case '1h': {
      const ms = payload.for === '30m' ? 30 * MINUTE_MS : HOUR_MS
      return ok({ ...base, pause: { kind: 'for', untilMono: at.mono + ms, untilWall: at.wall + ms } })
    }
    case 'tomorrow': {
      const start = nextWorkingStart(at.wall, ctx.timeZone, ctx.settings.workingHours)
      if (start === null) return fail(msg('No working days are set, so there is no "tomorrow" to pause until.'))
      return ok({ ...base, pause: { kind: 'until', untilWall: start } })
    }
    case 'indefinite':
      return ok({ ...base, pause: { kind: 'indefinite' } })
  }
}

export function resumeReminders(state: ReminderState, _payload: object, at: Instant): Outcome {
  if (!state.pause) return fail(msg('Reminders are not paused.'))
  return ok({ ...state, pause: null, lastMono: at.mono }, [{ type: 'pause-ended' }])
}

/** "I'm in a meeting": prompts wait until it ends; sitting still counts, so a due break comes right after. */
export function startMeeting(state: ReminderState, payload: StartMeetingPayload, at: Instant): Outcome {
  return ok({
    ...state,
    prompt: null,
    warning: null,
    held: state.prompt || state.warning ? 'meeting' : state.held,
    meetingUntilMono: at.mono + payload.minutes * MINUTE_MS,
  })
}

export function endMeeting(state: ReminderState, _payload: object, at: Instant, ctx: ReminderContext): Outcome {
  if (state.meetingUntilMono === null) return fail(msg('No meeting is set.'))
  const step = settle({ ...state, meetingUntilMono: null }, at, ctx)
  return ok(step.state, step.events)
}

/**
 * "Try a break now": the stretch prompt and its notification, exactly as a due one, so a person sees what will
 * happen. Snoozing or skipping it only closes it: it changes no counter and leaves no trace in the history.
 */
export function previewBreak(state: ReminderState, _payload: object, at: Instant): Outcome {
  if (state.onBreak) return fail(msg('A break is already under way.'))
  if (state.prompt) return fail(msg('A break prompt is already showing.'))
  return ok({ ...state, warning: null, prompt: { kind: 'stretch', sinceWall: at.wall, preview: true } }, [
    { type: 'break-due', kind: 'stretch', snoozesInARow: 0 },
  ])
}

function closePreview(state: ReminderState): ReminderState {
  return { ...state, prompt: null }
}

/** "Remind me now anyway": outside working hours, reminders run from now until the next local midnight. */
export function remindToday(state: ReminderState, _payload: object, at: Instant, ctx: ReminderContext): Outcome {
  if (workingAtWall(state, at.wall, ctx)) return fail(msg('Reminders are already on now.'))
  return ok({ ...state, remindTodayUntilWall: nextLocalMidnight(at.wall, ctx.timeZone) })
}
