import { powerMonitor } from 'electron'
import type { Companion } from '../shared/app/companion'
import type { TimerHandle, Timers } from '../shared/kernel/time'

export interface PowerInputs {
  idle(seconds: number): void
  suspend(): void
  resume(): void
  lock(): void
  unlock(): void
  /** the call detector's answer, when it was asked */
  call?(active: boolean): void
}

/** What the core says about readings (the policy lives in src/shared/reminders/readings.ts). */
export interface ReadingSchedule {
  /** milliseconds until the next reading is needed */
  nextReadingMs(): number
  /** whether to ask the call detector before handing over a reading of `idleSeconds` */
  callCheckNeeded(idleSeconds: number): boolean
  /** called when the core's state changed, so the next reading may be due at another instant */
  onChange(listener: () => void): () => void
}

export interface IdleWatchOptions {
  /** the host's call detector; 'unknown' (or a failure) leaves the core's call state as it was */
  readCall?: () => Promise<boolean | 'unknown'>
}

/**
 * Reads the system idle time only when the core needs it: before idle could reach the away threshold, at a due
 * prompt, once a minute while away or in a call. Sleep and lock come as events; idle is read just before them, so
 * an away that began earlier keeps its start.
 */
export function setupIdleWatch(
  timers: Timers,
  inputs: PowerInputs,
  schedule: ReadingSchedule,
  options: IdleWatchOptions = {},
): () => void {
  let handle: TimerHandle | undefined
  let reading = false
  let stopped = false

  const plan = (): void => {
    if (reading || stopped) return
    if (handle) timers.clear(handle)
    handle = timers.setTimeout(read, schedule.nextReadingMs())
  }

  const finish = (seconds: number): void => {
    if (!stopped) inputs.idle(seconds)
    reading = false
    plan()
  }

  // Synchronous unless the call detector is asked, so a reading that needs no answer costs no extra turn.
  const read = (): void => {
    handle = undefined
    reading = true
    const seconds = powerMonitor.getSystemIdleTime()
    if (!options.readCall || !inputs.call || !schedule.callCheckNeeded(seconds)) return finish(seconds)
    const call = inputs.call
    options
      .readCall()
      .catch(() => 'unknown' as const)
      .then((answer) => {
        if (answer !== 'unknown' && !stopped) call(answer)
        finish(seconds)
      })
  }

  const before = (then: () => void) => () => {
    inputs.idle(powerMonitor.getSystemIdleTime())
    then()
  }
  const events: Array<[string, () => void]> = [
    ['suspend', before(inputs.suspend)],
    ['resume', inputs.resume],
    ['lock-screen', before(inputs.lock)],
    ['unlock-screen', inputs.unlock],
  ]
  for (const [event, listener] of events) powerMonitor.on(event as 'suspend', listener)
  const stopListening = schedule.onChange(plan)
  read()
  return () => {
    stopped = true
    if (handle) timers.clear(handle)
    stopListening()
    for (const [event, listener] of events) powerMonitor.removeListener(event as 'suspend', listener)
  }
}

/** The reading schedule of a companion that reads before prompts (`readsBeforePrompts`). */
export function readingScheduleOf(
  companion: Pick<Companion, 'nextReadingMs' | 'callCheckNeeded' | 'subscribe'>,
): ReadingSchedule {
  return {
    nextReadingMs: () => companion.nextReadingMs(),
    callCheckNeeded: (idleSeconds) => companion.callCheckNeeded(idleSeconds),
    onChange: (listener) => companion.subscribe(listener),
  }
}
