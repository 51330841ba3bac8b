import type { Instant } from '../kernel/time'
import { msg } from '../i18n/catalog'
import { sentences, type Message } from '../kernel/message'
import type { TherapyKind, TherapySourceId } from './limits'
import type { TherapyState } from './state'
import { formatClock, restRemainingMs } from './timing'

export const REST_SOURCES: TherapySourceId[] = ['tm-ice-heat', 'cleveland-ice-heat']

/**
 * Why the next pack waits, by the kind that came off: skin must look and feel normal again before a pack goes back
 * on (tm-ice-heat, cleveland-ice-heat), and skin that feels less is at risk of burns it does not notice (tm-ice-heat).
 */
export const REST_REASON: Record<TherapyKind, string> = {
  cold: msg(
    'Skin that has just been cold needs time to return to normal, and until then it feels heat less, so a warm pack could burn it without you noticing.',
  ),
  heat: msg(
    'Skin that has just been warm needs time to return to normal, and until then it can feel heat less, so another pack could harm it without you noticing.',
  ),
}

export interface Rest {
  remainingMs: number
  /** The kind that came off last, which decides the reason. */
  after: TherapyKind
  reason: string
  sources: TherapySourceId[]
}

/** The rest gap still running at `at`, or null when any pack may go on. */
export function restAt(state: TherapyState, at: Instant): Rest | null {
  const remainingMs = restRemainingMs(state, at)
  const last = state.lastPackOff
  if (!last || remainingMs <= 0) return null
  return { remainingMs, after: last.kind, reason: REST_REASON[last.kind], sources: REST_SOURCES }
}

/** The refusal of a pack during the rest gap: how long is left, and why. */
export function restRefusal(rest: Rest): Message {
  return sentences(
    {
      text: msg('Your skin needs a rest before the next pack: you can put one on in {{time}}.'),
      values: { time: formatClock(rest.remainingMs) },
    },
    rest.reason,
  )
}
