import { powerMonitor } from 'electron'
import type { TimerHandle, Timers } from '../shared/time'

/**
 * Every 10 s: the shortest break that can count as a natural one is a minute long, so a reading at most 10 s late
 * changes nothing a person would notice, while polling faster would only wake the machine for nothing.
 */
export const IDLE_POLL_INTERVAL_MS = 10_000

export interface PowerInputs {
  idle(seconds: number): void
  suspend(): void
  resume(): void
  lock(): void
  unlock(): void
}

export function setupIdleWatch(timers: Timers, inputs: PowerInputs): () => void {
  let handle: TimerHandle | undefined
  const poll = (): void => {
    inputs.idle(powerMonitor.getSystemIdleTime())
    handle = timers.setTimeout(poll, IDLE_POLL_INTERVAL_MS)
  }
  const events: Array<[string, () => void]> = [
    ['suspend', inputs.suspend],
    ['resume', inputs.resume],
    ['lock-screen', inputs.lock],
    ['unlock-screen', inputs.unlock],
  ]
  for (const [event, listener] of events) powerMonitor.on(event as 'suspend', listener)
  poll()
  return () => {
    if (handle) timers.clear(handle)
    for (const [event, listener] of events) powerMonitor.removeListener(event as 'suspend', listener)
  }
}
