import type { CompanionEvent, HostInput } from '../contract/contract'
import type { CoreState } from './core-state'
import { reminderContext, type CommandContext } from './domain-step'
import { initialIdleSourceHealth, interruptIdleRun, observeIdleReading } from '../reminders/idle-source'
import * as reminders from '../reminders'
import * as posture from '../posture'

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

/**
 * A camera glance (ignored while the camera is off): posture first, then what it says about the desk. A face is the
 * person sitting, input or not; an empty desk the camera is sure of is away, a break from the last sign of them.
 */
function observeGlance(core: CoreState, face: posture.FaceReading | null, ctx: CommandContext): Observed {
  if (!core.settings.posture.enabled) return { state: core, events: [] }
  const step = posture.observeGlance(core.posture, { face }, ctx.at, {
    settings: core.settings.posture,
    timeZone: ctx.timeZone,
  })
  const seen: CoreState = { ...core, posture: step.state }
  const events: CompanionEvent[] = step.events.map((event) => ({ domain: 'posture', event }))
  const context = reminderContext(seen, ctx)
  const presence =
    step.presence === 'at-desk'
      ? reminders.present(seen.reminders, ctx.at, context)
      : step.presence === 'away'
        ? reminders.cameraAway(seen.reminders, ctx.at, context)
        : null
  if (!presence) return { state: seen, events }
  const observed = onReminders(seen, presence)
  return { state: observed.state, events: [...events, ...observed.events] }
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
    case 'glance':
      return observeGlance(core, input.face, ctx)
    case 'camera-problem':
      return input.problem === core.posture.problem
        ? { state: core, events: [] }
        : { state: { ...core, posture: { ...core.posture, problem: input.problem } }, events: [] }
    default:
      return { state: core, events: [] }
  }
}
