import type { Instant } from '../kernel/time'
import { MINUTE_MS, localDayKey } from '../kernel/time'
import { fail, failWith, ok, type Result } from '../kernel/result'
import { END_ALERT_REPEAT_MS, MAX_SESSION_MINUTES, maxSessionMessage } from './limits'
import { findPreset } from './presets'
import {
  addMinutePayload,
  acknowledgeEndPayload,
  dismissSkinCheckPayload,
  endSessionPayload,
  firstIssue,
  pauseSessionPayload,
  resumeSessionPayload,
  startSessionPayload,
  therapySettingsSchema,
  type EmptyPayload,
  type StartSessionPayload,
  type TherapySettings,
} from './schema'
import type { ActiveSession, PackOff, TherapyEvent, TherapyState } from './state'
import { elapsedMs, record } from './timing'
import { restAt, restRefusal } from './rest'
import { msg } from '../i18n/catalog'

type TherapyResult = Result<TherapyState, TherapyEvent>

function sessionsToday(state: TherapyState, at: Instant, timeZone: string): number {
  const today = localDayKey(at.wall, timeZone)
  return state.history.filter((entry) => localDayKey(entry.startWall, timeZone) === today).length
}

export function startSession(
  state: TherapyState,
  payload: StartSessionPayload,
  at: Instant,
  settings: TherapySettings = therapySettingsSchema.parse({}),
): TherapyResult {
  const parsed = startSessionPayload.safeParse(payload)
  if (!parsed.success) return fail(firstIssue(parsed.error))
  const { kind, minutes, presetId } = parsed.data
  const episode = state.episode
  if (!episode) return fail(msg('Start an episode first, so your sessions are grouped and the safety list is shown.'))
  if (!episode.safetyConfirmed)
    return fail(msg('Please confirm the safety list for this episode before the first session.'))
  if (state.session?.ended)
    return fail(msg('Your last session has ended: confirm the pack is off before starting another.'))
  if (state.session) return fail(msg('A session is already running. End it before starting another.'))
  if (!findPreset(presetId).kinds.includes(kind))
    return fail(
      kind === 'cold'
        ? msg('The “{{preset}}” preset does not use cold. Choose another preset or kind.')
        : msg('The “{{preset}}” preset does not use heat. Choose another preset or kind.'),
      { preset: { text: findPreset(presetId).title } },
    )
  const rest = restAt(state, at)
  if (rest) return failWith(restRefusal(rest))
  const cap = settings.dailySessionCap
  if (cap !== null && sessionsToday(state, at, settings.timeZone) >= cap)
    return fail(msg('You set a limit of {{cap}} sessions a day, and you have reached it today.'), { cap })
  const session: ActiveSession = {
    id: `s${state.nextId}`,
    kind,
    presetId,
    episodeId: episode.id,
    plannedMs: minutes * MINUTE_MS,
    start: { wall: at.wall, mono: at.mono },
    pausedMs: 0,
    pausedAt: null,
    skinCheckFired: false,
    skinCheckDismissed: false,
    ended: null,
  }
  return ok({ ...state, session, nextId: state.nextId + 1 }, [
    { type: 'session-started', kind, plannedMs: session.plannedMs },
  ])
}

function runningSession(state: TherapyState): ActiveSession | string {
  if (!state.session) return msg('No session is running.')
  if (state.session.ended) return msg('This session has already ended. Confirm the pack is off first.')
  return state.session
}

export function pauseSession(state: TherapyState, payload: EmptyPayload, at: Instant): TherapyResult {
  if (!pauseSessionPayload.safeParse(payload).success) return fail(msg('That request could not be understood.'))
  const session = runningSession(state)
  if (typeof session === 'string') return fail(session)
  if (session.pausedAt) return fail(msg('The session is already paused.'))
  return ok({ ...state, session: { ...session, pausedAt: { wall: at.wall, mono: at.mono } } })
}

export function resumeSession(state: TherapyState, payload: EmptyPayload, at: Instant): TherapyResult {
  if (!resumeSessionPayload.safeParse(payload).success) return fail(msg('That request could not be understood.'))
  const session = runningSession(state)
  if (typeof session === 'string') return fail(session)
  if (!session.pausedAt) return fail(msg('The session is not paused.'))
  const pausedMs = session.pausedMs + Math.max(0, at.mono - session.pausedAt.mono)
  return ok({ ...state, session: { ...session, pausedMs, pausedAt: null } })
}

export function addMinute(state: TherapyState, payload: EmptyPayload): TherapyResult {
  if (!addMinutePayload.safeParse(payload).success) return fail(msg('That request could not be understood.'))
  const session = runningSession(state)
  if (typeof session === 'string') return fail(session)
  const plannedMs = session.plannedMs + MINUTE_MS
  if (plannedMs > MAX_SESSION_MINUTES[session.kind] * MINUTE_MS) return fail(maxSessionMessage(session.kind))
  return ok({ ...state, session: { ...session, plannedMs } })
}

export function dismissSkinCheck(state: TherapyState, payload: EmptyPayload): TherapyResult {
  if (!dismissSkinCheckPayload.safeParse(payload).success) return fail(msg('That request could not be understood.'))
  if (!state.session?.skinCheckFired || state.session.skinCheckDismissed)
    return fail(msg('There is no skin check to close.'))
  return ok({ ...state, session: { ...state.session, skinCheckDismissed: true } })
}

function packOff(session: ActiveSession, at: Instant): PackOff {
  return { kind: session.kind, at: { wall: at.wall, mono: at.mono }, restOverNotified: false }
}

/** The person takes the pack off before (or when) the time is up. After the end alert it acknowledges it. */
export function endSession(state: TherapyState, payload: EmptyPayload, at: Instant): TherapyResult {
  if (!endSessionPayload.safeParse(payload).success) return fail(msg('That request could not be understood.'))
  const session = state.session
  if (!session) return fail(msg('No session is running.'))
  if (session.ended) return acknowledgeEnd(state, {}, at)
  const actualMs = elapsedMs(session, at)
  const endedEarly = actualMs < session.plannedMs
  return ok(
    {
      ...state,
      session: null,
      lastPackOff: packOff(session, at),
      history: record(state, session, { actualMs, endedEarly, endedWhileClosed: false }),
    },
    [{ type: 'session-ended', kind: session.kind, endedEarly, whileClosed: false }],
  )
}

/**
 * The person confirms the pack is off after the end alert. The rest gap starts now, not at the planned end: the
 * pack may have stayed on the skin until this moment.
 */
export function acknowledgeEnd(state: TherapyState, payload: EmptyPayload, at: Instant): TherapyResult {
  if (!acknowledgeEndPayload.safeParse(payload).success) return fail(msg('That request could not be understood.'))
  const session = state.session
  if (!session?.ended) return fail(msg('There is no finished session waiting to be confirmed.'))
  return ok({ ...state, session: null, lastPackOff: packOff(session, at) })
}

/**
 * Marks a running session as finished at its planned end; the caller is already past that end. The pack is still
 * on until the person confirms it is off (`acknowledgeEnd`), so the rest gap does not start here.
 */
export function finishSession(
  state: TherapyState,
  session: ActiveSession,
  endAt: { wall: number; mono: number },
  now: Instant,
  whileClosed: boolean,
): TherapyResult {
  return ok(
    {
      ...state,
      session: {
        ...session,
        pausedAt: null,
        skinCheckFired: true,
        skinCheckDismissed: true,
        ended: { at: endAt, whileClosed, nextAlertMono: now.mono + END_ALERT_REPEAT_MS, repeats: 0 },
      },
      history: record(state, session, {
        actualMs: session.plannedMs,
        endedEarly: false,
        endedWhileClosed: whileClosed,
      }),
    },
    [{ type: 'session-ended', kind: session.kind, endedEarly: false, whileClosed }],
  )
}
