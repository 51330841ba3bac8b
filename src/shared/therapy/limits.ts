import { MINUTE_MS } from '../kernel/time'
import { msg } from '../i18n/catalog'

export const THERAPY_KINDS = ['cold', 'heat'] as const
export type TherapyKind = (typeof THERAPY_KINDS)[number]

export type TherapySourceId =
  'tm-ice-heat' | 'nebraska-ice-heat' | 'cleveland-ice-heat' | 'cochrane-heat-cold' | 'acp-2017' | 'nhs-back-pain'

export const MIN_SESSION_MINUTES = 1

/**
 * Longest session per kind. The sources give about 20 minutes as the usual limit for both ice and heat;
 * the 20–30 minute upper bound (tm-ice-heat) is for ice only, and no source gives a longer limit for heat, so both
 * kinds stop at 20 minutes (tm-ice-heat, cleveland-ice-heat, nebraska-ice-heat).
 */
export const MAX_SESSION_MINUTES: Record<TherapyKind, number> = { cold: 20, heat: 20 }
export const SESSION_LIMIT_SOURCES: TherapySourceId[] = ['tm-ice-heat', 'cleveland-ice-heat', 'nebraska-ice-heat']

/**
 * At least 20 minutes off the skin before any pack goes on again, whatever kind came off ("20 on / 20 off");
 * 40–60 is suggested. Skin takes time to look and feel normal again (tm-ice-heat, cleveland-ice-heat).
 */
export const MIN_REST_MINUTES = 20
export const SUGGESTED_REST_MINUTES = 40

/** The skin check comes about 5 minutes into a session (tm-ice-heat). */
export const SKIN_CHECK_AFTER_MS = 5 * MINUTE_MS
/** How often the end alert repeats until the person confirms the pack is off. A product choice, not a sourced number. */
export const END_ALERT_REPEAT_MS = 60_000
export const HISTORY_LIMIT = 500

export const KIND_LABEL: Record<TherapyKind, string> = { cold: msg('Cold pack'), heat: msg('Heat pack') }

/** Why a session cannot be longer; whole sentences so they translate (the minutes are MAX_SESSION_MINUTES). */
const MAX_SESSION_MESSAGE: Record<TherapyKind, string> = {
  cold: msg(
    'A cold session can last at most 20 minutes: longer on the skin raises the risk of cold burns. Take a break and start another session later.',
  ),
  heat: msg(
    'A heat session can last at most 20 minutes: longer on the skin raises the risk of burns. Take a break and start another session later.',
  ),
}

export function maxSessionMessage(kind: TherapyKind): string {
  return MAX_SESSION_MESSAGE[kind]
}
