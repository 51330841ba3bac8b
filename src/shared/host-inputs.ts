import type { CompanionEvent, HostInput } from './contract'
import type { CoreState } from './core-state'
import type { CommandContext } from './handlers'
import { initialIdleSourceHealth, interruptIdleRun, observeIdleReading } from './idle-source'

/** Applies what the host observed (idle time, sleep, lock, fullscreen) to the core. */
export function observeHost(
  core: CoreState,
  input: HostInput,
  ctx: CommandContext,
): { state: CoreState; events: CompanionEvent[] } {
  switch (input.type) {
    case 'idle': {
      const health = observeIdleReading(core.idleSource, input.seconds, ctx.at.mono)
      const idleSource = health === core.idleSource ? core.idleSource : { ...health, kind: core.idleSource.kind }
      return { state: idleSource === core.idleSource ? core : { ...core, idleSource }, events: [] }
    }
    case 'suspend':
    case 'lock': {
      const health = interruptIdleRun(core.idleSource)
      const idleSource = health === core.idleSource ? core.idleSource : { ...health, kind: core.idleSource.kind }
      return { state: idleSource === core.idleSource ? core : { ...core, idleSource }, events: [] }
    }
    case 'idle-source':
      return input.kind === core.idleSource.kind
        ? { state: core, events: [] }
        : { state: { ...core, idleSource: { ...initialIdleSourceHealth(), kind: input.kind } }, events: [] }
    default:
      return { state: core, events: [] }
  }
}
