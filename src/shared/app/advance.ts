import type { CompanionEvent } from '../contract/contract'
import type { CoreState } from './core-state'
import * as flare from '../flare'
import * as reminders from '../reminders'
import * as routines from '../routines'
import * as therapy from '../therapy'
import { onDomain, reminderContext, type CommandContext } from './domain-step'

/** Brings every timed domain up to `at`: cues, ends, alerts that fell due since the last wake. */
export function advanceDomains(core: CoreState, ctx: CommandContext): { state: CoreState; events: CompanionEvent[] } {
  let state = core
  const events: CompanionEvent[] = []
  const steps = [
    (current: CoreState) =>
      onDomain('reminders', current, ctx, (slice) => {
        const step = reminders.advance(slice, ctx.at, reminderContext(current, ctx))
        return { ok: true, state: step.state, events: step.events }
      }),
    (current: CoreState) => onDomain('routines', current, ctx, (slice) => routines.advance(slice, ctx.at)),
    (current: CoreState) => onDomain('therapy', current, ctx, (slice) => therapy.advance(slice, ctx.at)),
  ]
  for (const step of steps) {
    const result = step(state)
    if (!result.ok) continue
    state = result.state
    events.push(...result.events)
  }
  return { state, events }
}

/** Milliseconds until any domain next needs `advanceDomains`, or null when nothing is pending. */
export function nextWakeMs(core: CoreState, ctx: CommandContext): number | null {
  const waits = [
    reminders.nextWakeMs(core.reminders, ctx.at, reminderContext(core, ctx)),
    routines.nextWakeMs(core.routines, ctx.at),
    therapy.nextWakeMs(core.therapy, ctx.at),
    // flare mode's question is worked out from the time; the wake only publishes it when it falls due
    flare.nextFlareWakeMs(core.flare, flare.spasmMarks(core.journal.entries), ctx.at),
  ].filter((wait): wait is number => wait !== null)
  return waits.length ? Math.max(0, Math.min(...waits)) : null
}
