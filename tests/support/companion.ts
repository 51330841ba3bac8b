import { Companion } from '../../src/shared/app/companion'
import type { CompanionEvent } from '../../src/shared/contract/contract'
import { MemoryRecords, MemoryStore } from './memory-store'
import type { ManualClock } from './manual-clock'

/** A companion in UTC on a hand-driven clock, with the events it emits collected in order. */
export function companionWithEvents(
  clock: ManualClock,
  data: MemoryRecords = new MemoryRecords(),
  settings: MemoryStore = new MemoryStore(),
  formerData?: MemoryStore,
) {
  const companion = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'UTC',
    stores: formerData ? { settings, data, formerData } : { settings, data },
  })
  const events: CompanionEvent[] = []
  companion.onEvent((event) => events.push(event))
  return { companion, events }
}
