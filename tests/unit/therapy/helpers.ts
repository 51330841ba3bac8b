import { createI18n, translatorOf } from '../../../src/shared/i18n'
import { catalog as englishCatalog } from '../../../src/shared/i18n/en'
import type { TherapyView } from '../../../src/shared/therapy'
import { therapyLineOf } from '../../../src/shared/hosting/tray-model'
import type { Instant } from '../../../src/shared/kernel/time'
import { MINUTE_MS } from '../../../src/shared/kernel/time'
import {
  SAFETY_ITEM_IDS,
  confirmSafety,
  initialTherapyState,
  startEpisode,
  therapySettingsSchema,
  type PresetId,
  type TherapyEvent,
  type TherapyState,
} from '../../../src/shared/therapy'
import type { Result } from '../../../src/shared/kernel/result'

export const WALL0 = Date.UTC(2026, 10, 25, 9, 0)
export const settings = therapySettingsSchema.parse({})

/** An instant `ms` after the test's origin; both clocks move together unless told otherwise. */
export function at(ms: number, wallOffset = 0): Instant {
  return { wall: WALL0 + ms + wallOffset, mono: 1_000 + ms }
}
export const min = (n: number): number => n * MINUTE_MS

export function unwrap(result: Result<TherapyState, TherapyEvent>): { state: TherapyState; events: TherapyEvent[] } {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`)
  return { state: result.state, events: result.events }
}

export function errorOf(result: Result<TherapyState, TherapyEvent>): string {
  if (result.ok) throw new Error('expected a refusal')
  return result.error
}

/** An open, safety-confirmed episode started at t = 0. */
export function readyState(presetId: PresetId = 'custom'): TherapyState {
  const started = unwrap(startEpisode(initialTherapyState(), { presetId }, at(0))).state
  return unwrap(confirmSafety(started, { itemIds: SAFETY_ITEM_IDS })).state
}

const english = translatorOf(createI18n('en', { en: englishCatalog }))

/** The line the tray shows for a view's session, in English. */
export function trayLine(view: TherapyView): string | undefined {
  return therapyLineOf(view.session, english)
}
