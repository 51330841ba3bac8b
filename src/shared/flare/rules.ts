import { DAY_MS, HOUR_MS } from '../kernel/time'
import type { SourceId } from '../content/sources'

/**
 * Unknot's own thresholds: no guideline our sources cite sets a number for offering a lighter rhythm, so these are
 * product choices, said as such wherever they show.
 */
export const OFFER_INTENSITY = 6
export const REPEAT_WINDOW_MS = 48 * HOUR_MS
/** An entry counts towards "not better yet" from this intensity up. */
export const EASE_INTENSITY = 4
export const QUIET_DAYS = 3
export const QUIET_MS = QUIET_DAYS * DAY_MS

/**
 * The stretch interval during a flare. Breaking up sitting every 30 minutes is mayo-workday's figure; 20 is our own
 * choice for a sore back, following the advice to stay active rather than rest (nice-ng59, acp-2017). It is never a
 * promise that a spasm passes sooner.
 */
export const FLARE_STRETCH_MINUTES = 20

/**
 * What the flare card on Today cites: staying active (nice-ng59, acp-2017), warmth for a sore back
 * (cochrane-heat-cold, acp-2017) and breaking up sitting (mayo-workday).
 */
export const FLARE_SOURCES = [
  'nice-ng59',
  'acp-2017',
  'cochrane-heat-cold',
  'mayo-workday',
] as const satisfies readonly SourceId[]
