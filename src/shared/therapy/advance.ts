import type { Instant } from '../kernel/time'
import { ok, type Result } from '../kernel/result'
import { END_ALERT_REPEAT_MS, SKIN_CHECK_AFTER_MS } from './limits'
import { findPreset } from './presets'
import { SKIN_CHECK_ADVICE, SKIN_CHECK_SIGNS } from './safety'
import type { TherapyEvent, TherapyState } from './state'
import { finishSession } from './session'
import { switchDueInMs } from './episode'
import { elapsedMs, plannedEndMono, restRemainingMs, skinCheckApplies } from './timing'

/** Processes everything due up to `at`. Calling it twice at the same instant emits nothing new. */
export function advance(state: TherapyState, at: Instant): Result<TherapyState, TherapyEvent> {
  let next = state
  const events: TherapyEvent[] = []
  const session = next.session
  if (session && !session.ended && !session.pausedAt) {
    const elapsed = elapsedMs(session, at)
    if (elapsed >= session.plannedMs) {
      const endMono = plannedEndMono(session)
      const result = finishSession(next, session, { wall: at.wall - (at.mono - endMono), mono: endMono }, at, false)
      if (result.ok) {
        next = result.state
        events.push(...result.events)
      }
    } else if (!session.skinCheckFired && skinCheckApplies(session) && elapsed >= SKIN_CHECK_AFTER_MS) {
      next = { ...next, session: { ...session, skinCheckFired: true } }
      events.push({ type: 'skin-check', kind: session.kind, lookFor: SKIN_CHECK_SIGNS, advice: SKIN_CHECK_ADVICE })
    }
  } else if (session?.ended && at.mono >= session.ended.nextAlertMono) {
    const repeats = session.ended.repeats + 1
    next = {
      ...next,
      session: { ...session, ended: { ...session.ended, repeats, nextAlertMono: at.mono + END_ALERT_REPEAT_MS } },
    }
    events.push({ type: 'end-alert-repeat', kind: session.kind, repeats })
  }
  const last = next.lastPackOff
  if (last && !last.restOverNotified && restRemainingMs(next, at) === 0) {
    next = { ...next, lastPackOff: { ...last, restOverNotified: true } }
    events.push({ type: 'rest-over', kind: last.kind })
  }
  const episode = next.episode
  if (episode && switchDueInMs(episode, at) === 0) {
    const phases = findPreset(episode.presetId).phases
    const from = phases[0]?.kind
    const to = phases[1]?.kind
    next = { ...next, episode: { ...episode, switchSuggested: true } }
    if (from && to) events.push({ type: 'suggest-switch', episodeId: episode.id, from, to })
  }
  return ok(next, events)
}

/** Milliseconds from `at` until `advance` has something to do; null when nothing is pending. */
export function nextWakeMs(state: TherapyState, at: Instant): number | null {
  const waits: number[] = []
  const session = state.session
  if (session && !session.ended && !session.pausedAt) {
    const elapsed = elapsedMs(session, at)
    waits.push(session.plannedMs - elapsed)
    if (!session.skinCheckFired && skinCheckApplies(session)) waits.push(SKIN_CHECK_AFTER_MS - elapsed)
  }
  if (session?.ended) waits.push(session.ended.nextAlertMono - at.mono)
  if (state.lastPackOff && !state.lastPackOff.restOverNotified) waits.push(restRemainingMs(state, at))
  const switchIn = state.episode ? switchDueInMs(state.episode, at) : null
  if (switchIn !== null) waits.push(switchIn)
  if (waits.length === 0) return null
  return Math.max(0, Math.min(...waits))
}
