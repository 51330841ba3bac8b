import { Companion } from '../../src/shared/app/companion'
import type { CompanionEvent } from '../../src/shared/contract/contract'
import { MemoryStore } from './memory-store'
import type { ManualClock } from './manual-clock'

/** A companion in UTC on a hand-driven clock, with the events it emits collected in order. */
export function companionWithEvents(
  clock: ManualClock,
  data: MemoryStore = new MemoryStore(),
  settings: MemoryStore = new MemoryStore(),
) {
  const companion = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'UTC',
    stores: { settings, data },
  })
  const events: CompanionEvent[] = []
  companion.onEvent((event) => events.push(event))
  return { companion, events }
}
