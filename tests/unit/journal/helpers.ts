import { DAY_MS, type Instant } from '../../../src/shared/kernel/time'
import { initialJournalState, logSpasm, type JournalState, type LogSpasmPayload } from '../../../src/shared/journal'

/** Wednesday 25 November 2026, 12:00 UTC (ISO week 2026-W48). */
export const NOON = Date.UTC(2026, 10, 25, 12)
export const ZONE = 'Europe/London'

export function instant(wall: number): Instant {
  return { wall, mono: wall - NOON + 1_000_000 }
}

export const spasm: LogSpasmPayload = { area: 'lower', side: 'left', intensity: 5, trigger: 'long-sitting' }

/** A journal with one episode logged at each given day offset (relative to NOON) and intensity. */
export function journalWith(
  episodes: Array<{ day: number; intensity?: number; trigger?: LogSpasmPayload['trigger'] }>,
) {
  let state: JournalState = initialJournalState()
  for (const episode of episodes) {
    const at = instant(NOON + episode.day * DAY_MS)
    const result = logSpasm(
      state,
      { ...spasm, intensity: episode.intensity ?? 5, trigger: episode.trigger ?? 'long-sitting' },
      at,
    )
    if (!result.ok) throw new Error(result.error)
    state = result.state
  }
  return state
}
