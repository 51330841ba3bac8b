import type { CommandType, PayloadOf } from './commands'
import type { CompanionEvent } from './contract'
import type { CoreState } from './core-state'
import * as routines from './routines'
import type { Result } from './result'
import { applySettingsPatch, defaultSettings, describeIssues, type FieldIssue } from './settings'
import type { Instant } from './time'

export interface CommandContext {
  at: Instant
  timeZone: string
}

export type CommandOutcome =
  { ok: true; state: CoreState; events: CompanionEvent[] } | { ok: false; error: string; issues?: FieldIssue[] }

type Handler<K extends CommandType> = (core: CoreState, payload: PayloadOf<K>, ctx: CommandContext) => CommandOutcome

/** Runs a routines command on its slice of the state and tags its events. */
function onRoutines<P>(
  run: (
    state: routines.RoutinesState,
    payload: P,
    at: Instant,
  ) => Result<routines.RoutinesState, routines.RoutinesEvent>,
): (core: CoreState, payload: P, ctx: CommandContext) => CommandOutcome {
  return (core, payload, ctx) => {
    const result = run(core.routines, payload, ctx.at)
    if (!result.ok) return result
    return {
      ok: true,
      state: { ...core, routines: result.state },
      events: result.events.map((event) => ({ domain: 'routines', event })),
    }
  }
}

export const handlers: { [K in CommandType]: Handler<K> } = {
  updateSettings: (core, { patch }) => {
    const updated = applySettingsPatch(core.settings, patch)
    if (!updated.ok) {
      return { ok: false, error: `Settings not saved. ${describeIssues(updated.issues)}`, issues: updated.issues }
    }
    return { ok: true, state: { ...core, settings: updated.settings }, events: [] }
  },
  resetSettings: (core) => ({ ok: true, state: { ...core, settings: defaultSettings() }, events: [] }),
  dismissNotice: (core, { id }) => ({
    ok: true,
    state: { ...core, notices: core.notices.filter((notice) => notice.id !== id) },
    events: [],
  }),

  startRoutine: onRoutines(routines.startRoutine),
  pauseRoutine: onRoutines(routines.pauseRoutine),
  resumeRoutine: onRoutines(routines.resumeRoutine),
  nextStep: onRoutines(routines.nextStep),
  previousStep: onRoutines(routines.previousStep),
  endRoutine: onRoutines(routines.endRoutine),
  rateSession: onRoutines(routines.rateSession),
  closeSummary: onRoutines(routines.closeSummary),
  saveCustomRoutine: onRoutines(routines.saveCustomRoutine),
  deleteCustomRoutine: onRoutines(routines.deleteCustomRoutine),
  duplicateRoutine: onRoutines(routines.duplicateRoutine),
}

/** Brings every timed domain up to `at`: cues, ends, alerts that fell due since the last wake. */
export function advanceDomains(core: CoreState, ctx: CommandContext): { state: CoreState; events: CompanionEvent[] } {
  const advanced = routines.advance(core.routines, ctx.at)
  if (!advanced.ok) return { state: core, events: [] }
  return {
    state: advanced.state === core.routines ? core : { ...core, routines: advanced.state },
    events: advanced.events.map((event) => ({ domain: 'routines', event })),
  }
}

/** Milliseconds until any domain next needs `advanceDomains`, or null when nothing is pending. */
export function nextWakeMs(core: CoreState, ctx: CommandContext): number | null {
  const waits = [routines.nextWakeMs(core.routines, ctx.at)].filter((wait): wait is number => wait !== null)
  return waits.length ? Math.max(0, Math.min(...waits)) : null
}
