import { Companion } from '../src/shared/app/companion'
import { MemoryRecords, MemoryStore } from '../tests/support/memory-store'
import type { ManualClock } from '../tests/support/manual-clock'

/** A fresh companion on a hand-driven clock, as the benches use it. */
export function companionOn(clock: ManualClock): Companion {
  return new Companion({
    clock,
    timers: clock,
    timeZone: () => 'Europe/London',
    stores: { settings: new MemoryStore(), data: new MemoryRecords() },
  })
}
