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
  /** the presenting detector's answer (a fullscreen window in front), when it was asked */
  fullscreen?(on: boolean): void
}

/** What the core says about readings (the policy lives in src/shared/reminders/readings.ts). */
export interface ReadingSchedule {
  /** milliseconds until the next reading is needed */
  nextReadingMs(): number
  /** whether to ask the detectors (a call, presenting) before handing over a reading of `idleSeconds` */
  callCheckNeeded(idleSeconds: number): boolean
  /** called when the core's state changed, so the next reading may be due at another instant */
  onChange(listener: () => void): () => void
}

/** A detector's answer; 'unknown' (or a failure) leaves the core's state as it was. */
export type DetectorRead = () => Promise<boolean | 'unknown'>

export interface IdleWatchOptions {
  /** the host's call detector */
  readCall?: DetectorRead
  /** the host's presenting detector */
  readPresenting?: DetectorRead
}

/** Where Electron tells of the screen locking and unlocking (powerMonitor's lock-screen and unlock-screen). */
const LOCK_EVENTS_PLATFORMS: readonly NodeJS.Platform[] = ['darwin', 'win32']

/**
 * Reads the system idle time only when the core needs it: before idle could reach the away threshold, at a due
 * prompt, once a minute while away, in a call or presenting. Sleep comes as an event, and so does the screen lock on
 * macOS and Windows; idle is read just before them, so an away that began earlier keeps its start. Elsewhere (Linux)
 * the lock is read at each reading, from the idle state Chromium gets from the desktop's screen saver service: a lock
 * is seen at the first reading after it (within the minute while away), and not at all on a desktop that does not tell.
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
  const detectors = (
    [
      [options.readCall, inputs.call],
      [options.readPresenting, inputs.fullscreen],
    ] as const
  ).flatMap(([ask, tell]) => (ask && tell ? [{ ask, tell }] : []))
  const lockEvents = LOCK_EVENTS_PLATFORMS.includes(process.platform)
  let screenLocked = false

  /** The idle seconds; where no lock events come, a lock or unlock seen in the idle state is passed on first. */
  const idleSeconds = (): number => {
    const seconds = powerMonitor.getSystemIdleTime()
    if (lockEvents) return seconds
    // Any threshold will do: only 'locked' is read, which does not depend on it.
    const locked = powerMonitor.getSystemIdleState(60) === 'locked'
    if (locked === screenLocked) return seconds
    screenLocked = locked
    if (locked) {
      inputs.idle(seconds)
      inputs.lock()
    } else {
      inputs.unlock()
    }
    return seconds
  }

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

  // Synchronous unless the detectors are asked, so a reading that needs no answer costs no extra turn. They are
  // asked together, and the reading is handed over once both have answered.
  const read = (): void => {
    handle = undefined
    reading = true
    const seconds = idleSeconds()
    if (detectors.length === 0 || !schedule.callCheckNeeded(seconds)) return finish(seconds)
    const answers = detectors.map(({ ask, tell }) =>
      ask()
        .catch(() => 'unknown' as const)
        .then((answer) => {
          if (answer !== 'unknown' && !stopped) tell(answer)
        }),
    )
    void Promise.all(answers).then(() => finish(seconds))
  }

  const before = (then: () => void) => () => {
    inputs.idle(idleSeconds())
    then()
  }
  const events: Array<[string, () => void]> = [
    ['suspend', before(inputs.suspend)],
    ['resume', inputs.resume],
  ]
  if (lockEvents) events.push(['lock-screen', before(inputs.lock)], ['unlock-screen', inputs.unlock])
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
