import type { Notice } from './contract'
import * as routines from './routines'
import type { Settings } from './settings'

/** Everything the companion owns. Settings are stored apart from the rest (they change rarely and alone). */
export interface CoreState {
  settings: Settings
  notices: Notice[]
  routines: routines.RoutinesState
}

export const DATA_VERSION = 1

/** What is persisted besides the settings: the domains' state, plain JSON. */
export interface PersistedData {
  version: typeof DATA_VERSION
  routines: routines.RoutinesState
}

export function persistedData(core: CoreState): PersistedData {
  return { version: DATA_VERSION, routines: core.routines }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads stored domain data. A routine that was playing when the app stopped cannot resume (its timeline was on a
 * monotonic clock that restarted), so it is dropped; its history stays.
 */
export function restoreData(stored: unknown): { data: Omit<PersistedData, 'version'>; problem?: string } {
  const fresh = { routines: routines.initialRoutinesState() }
  if (stored === undefined) return { data: fresh }
  if (!isRecord(stored) || stored['version'] !== DATA_VERSION) {
    return { data: fresh, problem: 'Your saved history could not be read, so Unknot started with an empty one.' }
  }
  const saved = stored['routines']
  const routinesState =
    isRecord(saved) && Array.isArray(saved['history']) ? (saved as unknown as routines.RoutinesState) : fresh.routines
  return { data: { routines: { ...routinesState, session: null } } }
}
