import type { Instant } from '../kernel/time'
import type { TherapySourceId } from './limits'
import { fail, ok, type Result } from '../kernel/result'
import {
  confirmSafetyPayload,
  endEpisodePayload,
  firstIssue,
  startEpisodePayload,
  type ConfirmSafetyPayload,
  type EmptyPayload,
  type StartEpisodePayload,
} from './schema'
import { findPreset, phaseAt } from './presets'
import type { Episode, TherapyEvent, TherapyState } from './state'
import { msg } from '../i18n/catalog'

type TherapyResult = Result<TherapyState, TherapyEvent>

export function startEpisode(state: TherapyState, payload: StartEpisodePayload, at: Instant): TherapyResult {
  const parsed = startEpisodePayload.safeParse(payload)
  if (!parsed.success) return fail(firstIssue(parsed.error))
  if (state.episode) return fail(msg('An episode is already open. End it before starting a new one.'))
  const episode: Episode = {
    id: `e${state.nextId}`,
    presetId: parsed.data.presetId,
    note: parsed.data.note || null,
    area: parsed.data.area || null,
    startWall: at.wall,
    safetyConfirmed: false,
    switchSuggested: false,
  }
  return ok({ ...state, episode, nextId: state.nextId + 1 })
}

export function confirmSafety(state: TherapyState, payload: ConfirmSafetyPayload): TherapyResult {
  const parsed = confirmSafetyPayload.safeParse(payload)
  if (!parsed.success) return fail(firstIssue(parsed.error))
  if (!state.episode) return fail(msg('Start an episode first; the safety list belongs to it.'))
  return ok({ ...state, episode: { ...state.episode, safetyConfirmed: true } })
}

export function endEpisode(state: TherapyState, payload: EmptyPayload): TherapyResult {
  if (!endEpisodePayload.safeParse(payload).success) return fail(msg('That request could not be understood.'))
  if (!state.episode) return fail(msg('No episode is open.'))
  if (state.session) return fail(msg('End the current session before closing the episode.'))
  return ok({ ...state, episode: null })
}

/**
 * How long the episode has lasted. Episodes span days and app restarts, so this one duration uses wall time
 * (clamped at 0 if the clock was set back) rather than a monotonic clock that restarts with the app.
 */
export function episodeAgeMs(episode: Episode, at: Instant): number {
  return Math.max(0, at.wall - episode.startWall)
}

/** Where the advice to switch from cold to warmth after the first days of a fresh strain comes from. */
export const PHASE_SWITCH_SOURCES: TherapySourceId[] = ['nebraska-ice-heat', 'cleveland-ice-heat']

/** Wall ms until the episode's current phase ends and a switch is suggested; null when none is pending. */
export function switchDueInMs(episode: Episode, at: Instant): number | null {
  if (episode.switchSuggested) return null
  const preset = findPreset(episode.presetId)
  const first = preset.phases[0]
  if (!first || first.phaseHours === null || preset.phases.length < 2) return null
  return Math.max(0, first.phaseHours * 3_600_000 - episodeAgeMs(episode, at))
}

export function suggestedPhase(episode: Episode, at: Instant) {
  return phaseAt(findPreset(episode.presetId), episodeAgeMs(episode, at))
}
