import { Companion } from '../src/shared/companion'
import { MemoryStore } from '../src/shared/storage'
import type { ManualClock } from '../src/shared/time'

/** A fresh companion on a hand-driven clock, as the benches use it. */
export function companionOn(clock: ManualClock): Companion {
  return new Companion({
    clock,
    timers: clock,
    timeZone: () => 'Europe/London',
    stores: { settings: new MemoryStore(), data: new MemoryStore() },
  })
}
