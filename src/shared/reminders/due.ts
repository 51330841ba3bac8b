import { MINUTE_MS } from '../time'
import { BREAK_KINDS, type BreakKind, type ReminderState } from './accounting'
import type { ReminderSettings } from './settings'

export type ReminderEvent = { type: 'break-due'; kind: BreakKind }

/** A longer break absorbs a shorter one falling due within this much active work. */
export const ABSORB_WINDOW_MS = 5 * MINUTE_MS

/** Raises at most one prompt; while one shows, nothing else fires, so each due is emitted exactly once. */
export function checkDue(
  state: ReminderState,
  settings: ReminderSettings,
): { state: ReminderState; events: ReminderEvent[] } {
  if (state.prompt !== null) return { state, events: [] }
  const due = BREAK_KINDS.filter(
    (kind) => settings[kind].enabled && state.activeMs[kind] >= settings[kind].everyMinutes * MINUTE_MS,
  )
  if (due.length === 0) return { state, events: [] }
  const longestSoon = BREAK_KINDS.filter(
    (kind) =>
      settings[kind].enabled &&
      state.activeMs[kind] + ABSORB_WINDOW_MS >= settings[kind].everyMinutes * MINUTE_MS,
  ).reduce((a, b) => (settings[b].breakSeconds > settings[a].breakSeconds ? b : a))
  return { state: { ...state, prompt: longestSoon }, events: [{ type: 'break-due', kind: longestSoon }] }
}
