import { app, powerMonitor } from 'electron'
import type { Companion } from '../shared/app/companion'
import type { DocumentStore } from '../shared/kernel/storage'
import type { Clock, Timers } from '../shared/kernel/time'
import { createCallDetector } from './call-detection/call-detector'
import { setupCalendarWatch, type CalendarWatchOptions } from './calendar-watch'
import { callReader } from './call-watch'
import { readingScheduleOf, setupIdleWatch, type IdleWatchOptions } from './idle'

export interface HostWatchDeps {
  companion: Companion
  time: Clock & Timers
  timeZone: () => string
  /** asked whether a call is on when a reading needs it; without it the core never hears of calls */
  readCall?: IdleWatchOptions['readCall']
  fetch: CalendarWatchOptions['fetch']
  /** the last good copy of each calendar feed */
  calendarCopies: DocumentStore
  log?: (line: string) => void
}

/**
 * What the host watches for the core: idle time, sleep and lock (read when the core needs them), calls, and the
 * calendar feeds (polled again on resume). Returns the stopper.
 */
export function setupHostWatches(deps: HostWatchDeps): () => void {
  const { companion, time } = deps
  const stopIdleWatch = setupIdleWatch(
    time,
    {
      idle: (seconds) => companion.observe({ type: 'idle', seconds }),
      suspend: () => companion.observe({ type: 'suspend' }),
      resume: () => companion.observe({ type: 'resume' }),
      lock: () => companion.observe({ type: 'lock' }),
      unlock: () => companion.observe({ type: 'unlock' }),
      call: (active) => companion.observe({ type: 'call', active }),
    },
    readingScheduleOf(companion),
    deps.readCall ? { readCall: deps.readCall } : {},
  )
  const calendar = setupCalendarWatch({
    companion,
    fetch: deps.fetch,
    clock: time,
    timers: time,
    timeZone: deps.timeZone,
    copies: deps.calendarCopies,
    ...(deps.log ? { log: deps.log } : {}),
  })
  powerMonitor.on('resume', calendar.refresh)
  return () => {
    powerMonitor.removeListener('resume', calendar.refresh)
    stopIdleWatch()
    calendar.dispose()
  }
}

/** The camera and microphone detector of this machine, its health reported to the core with each answer. */
export function desktopCallReader(companion: Companion): NonNullable<IdleWatchOptions['readCall']> {
  const detector = createCallDetector({
    platform: process.platform,
    // Every process of Unknot's (renderer and GPU too): its own use of a device never counts as a call.
    ownPids: () => app.getAppMetrics().map(({ pid }) => pid),
    ownExecutablePath: process.execPath,
  })
  return callReader(detector, (health) => companion.observe({ type: 'detector', name: 'calls', ...health }))
}
