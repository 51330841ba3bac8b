import type { Instant } from '../time'
import type { ReminderSettings } from './settings'

export type BreakKind = 'stretch' | 'micro' | 'water'
export const BREAK_KINDS: readonly BreakKind[] = ['stretch', 'micro', 'water']

export interface ReminderState {
  /** Active work (ms) since each kind's last break. */
  activeMs: Record<BreakKind, number>
  lastMono: number | null
  /** The one break prompt showing, if any. */
  prompt: BreakKind | null
  history: { kind: BreakKind; outcome: 'natural'; atWall: number }[]
}

/** A poll gap longer than this is not counted as work: the host probably missed polls. */
export const MAX_COUNTED_GAP_MS = 30_000

export function initialReminderState(): ReminderState {
  return { activeMs: { stretch: 0, micro: 0, water: 0 }, lastMono: null, prompt: null, history: [] }
}

/** Called by the host every ~10 s with the system idle time. */
export function observeIdle(
  state: ReminderState,
  idleSeconds: number,
  at: Instant,
  settings: ReminderSettings,
): ReminderState {
  const gap =
    state.lastMono === null ? 0 : Math.min(Math.max(at.mono - state.lastMono, 0), MAX_COUNTED_GAP_MS)
  const idleMs = idleSeconds * 1000
  if (idleMs >= settings.stretch.breakSeconds * 1000) {
    const activeMs = { ...state.activeMs }
    const history = [...state.history]
    for (const kind of BREAK_KINDS) {
      if (settings[kind].breakSeconds * 1000 <= idleMs && activeMs[kind] > 0) {
        activeMs[kind] = 0
        history.push({ kind, outcome: 'natural', atWall: at.wall })
      }
    }
    return { ...state, activeMs, lastMono: at.mono, history }
  }
  const worked = Math.max(gap - idleMs, 0)
  const activeMs = {
    stretch: state.activeMs.stretch + worked,
    micro: state.activeMs.micro + worked,
    water: state.activeMs.water + worked,
  }
  return { ...state, activeMs, lastMono: at.mono }
}
