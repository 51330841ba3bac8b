import { Companion } from '../../../src/shared/app/companion'
import type { CompanionEvent } from '../../../src/shared/contract/contract'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'

export const WEDNESDAY_9AM_NEW_YORK = Date.parse('2026-11-25T09:00:00-05:00')
export const MINUTE = 60_000

/**
 * A companion in New York on a hand-driven clock; its stores outlive it, as files do across a restart. `events`
 * holds every event with the clock's mono instant at which it came.
 */
export function desk(
  stores = { settings: new MemoryStore(), data: new MemoryRecords() },
  clock = new ManualClock(WEDNESDAY_9AM_NEW_YORK),
) {
  const companion = new Companion({ clock, timers: clock, timeZone: () => 'America/New_York', stores })
  const events: Array<CompanionEvent & { atMono: number }> = []
  companion.onEvent((event) => events.push({ ...event, atMono: clock.monotonic() }))
  const send = (type: string, payload: object = {}) => companion.dispatch({ type, payload } as never)
  const view = () => companion.getSnapshot().reminders
  /** Sits at the desk for `minutes`, with an idle reading every 10 s as the desktop host takes them. */
  const sit = (minutes: number) => {
    for (let ms = 0; ms < minutes * MINUTE; ms += 10_000) {
      companion.observe({ type: 'idle', seconds: 0 })
      clock.advance(10_000)
    }
    companion.observe({ type: 'idle', seconds: 0 })
  }
  return { companion, clock, stores, events, send, view, sit }
}
