import type { CompanionEvent, HostInput } from '../contract/contract'
import type { CoreState } from './core-state'
import { reminderContext, type CommandContext } from './domain-step'
import { initialIdleSourceHealth, interruptIdleRun, observeIdleReading } from '../reminders/idle-source'
import * as reminders from '../reminders'

type Observed = { state: CoreState; events: CompanionEvent[] }

function onReminders(core: CoreState, step: reminders.Transition): Observed {
  return {
    state: step.state === core.reminders ? core : { ...core, reminders: step.state },
    events: step.events.map((event) => ({ domain: 'reminders', event })),
  }
}

function withIdleHealth(observed: Observed, health: CoreState['idleSource']): Observed {
  return health === observed.state.idleSource
    ? observed
    : { ...observed, state: { ...observed.state, idleSource: health } }
}

/** Applies what the host observed (idle time, sleep, lock, presenting, calls, calendar, detectors) to the core. */
export function observeHost(core: CoreState, input: HostInput, ctx: CommandContext): Observed {
  const context = reminderContext(core, ctx)
  switch (input.type) {
    case 'idle': {
      const health = observeIdleReading(core.idleSource, input.seconds, ctx.at.mono)
      const idleSource = health === core.idleSource ? core.idleSource : { ...health, kind: core.idleSource.kind }
      const observed = onReminders(core, reminders.observeIdle(core.reminders, input.seconds, ctx.at, context))
      return withIdleHealth(observed, idleSource)
    }
    case 'suspend':
    case 'lock': {
      const health = interruptIdleRun(core.idleSource)
      const idleSource = health === core.idleSource ? core.idleSource : { ...health, kind: core.idleSource.kind }
      const observed = onReminders(core, reminders.goAway(core.reminders, input.type, ctx.at, context))
      return withIdleHealth(observed, idleSource)
    }
    case 'resume':
    case 'unlock':
      return onReminders(core, reminders.comeBack(core.reminders, input.type, ctx.at, context))
    case 'fullscreen':
      return onReminders(core, reminders.setFullscreen(core.reminders, input.fullscreen, ctx.at, context))
    case 'call':
      return onReminders(core, reminders.setCall(core.reminders, input.active, ctx.at, context))
    case 'calendar':
      return onReminders(core, reminders.setCalendar(core.reminders, input.busy, ctx.at, context))
    case 'detector': {
      const { type: _type, name, ...health } = input
      const same = JSON.stringify(core.detectors[name]) === JSON.stringify(health)
      return { state: same ? core : { ...core, detectors: { ...core.detectors, [name]: health } }, events: [] }
    }
    case 'idle-source':
      return input.kind === core.idleSource.kind
        ? { state: core, events: [] }
        : { state: { ...core, idleSource: { ...initialIdleSourceHealth(), kind: input.kind } }, events: [] }
    case 'calendar-feeds':
      return { state: { ...core, calendarFeeds: input.feeds }, events: [] }
    default:
      return { state: core, events: [] }
  }
}
