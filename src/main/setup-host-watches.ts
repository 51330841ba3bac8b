import { app, powerMonitor } from 'electron'
import type { Companion } from '../shared/app/companion'
import type { DocumentStore } from '../shared/kernel/storage'
import type { Clock, Timers } from '../shared/kernel/time'
import { createCallDetector, type CallDetectorDeps } from './call-detection/call-detector'
import { createX11PresentingReader, type X11PresentingDeps } from './call-detection/presenting-x11'
import { setupCalendarWatch, type CalendarWatchOptions } from './calendar-watch'
import { callReader } from './call-watch'
import { readingScheduleOf, setupIdleWatch, type DetectorRead, type IdleWatchOptions } from './idle'
import { presentingReader } from './presenting-watch'

export interface HostWatchDeps {
  companion: Companion
  time: Clock & Timers
  timeZone: () => string
  /** asked whether a call is on when a reading needs it; without it the core never hears of calls */
  readCall?: IdleWatchOptions['readCall']
  /** asked, like `readCall`, whether a fullscreen window is in front; without it the core never hears of it */
  readPresenting?: IdleWatchOptions['readPresenting']
  fetch: CalendarWatchOptions['fetch']
  /** the last good copy of each calendar feed */
  calendarCopies: DocumentStore
  log?: (line: string) => void
}

/**
 * What the host watches for the core: idle time, sleep and lock (read when the core needs them), calls and
 * presenting, and the calendar feeds (polled again on resume). Returns the stopper.
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
      fullscreen: (fullscreen) => companion.observe({ type: 'fullscreen', fullscreen }),
    },
    readingScheduleOf(companion),
    {
      ...(deps.readCall ? { readCall: deps.readCall } : {}),
      ...(deps.readPresenting ? { readPresenting: deps.readPresenting } : {}),
    },
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

/**
 * The camera and microphone detector of this machine, its health reported to the core with each answer. Tests hand
 * in the platform, a fake /proc and a fake pactl.
 */
export function desktopCallReader(
  companion: Companion,
  system: Partial<Pick<CallDetectorDeps, 'platform' | 'procRoot' | 'run'>> = {},
): NonNullable<IdleWatchOptions['readCall']> {
  const detector = createCallDetector({
    platform: system.platform ?? process.platform,
    // Every process of Unknot's (renderers, GPU and the video capture service too): its own use of a device, such
    // as the camera window's glance, never counts as a call.
    ownPids: () => app.getAppMetrics().map(({ pid }) => pid),
    ownExecutablePath: process.execPath,
    ...(system.procRoot ? { procRoot: system.procRoot } : {}),
    ...(system.run ? { run: system.run } : {}),
  })
  return callReader(detector, (health) => companion.observe({ type: 'detector', name: 'calls', ...health }))
}

/**
 * The fullscreen detector of this machine (X11 only; elsewhere it says why it cannot tell), its health reported to
 * the core with each answer. Tests hand in the platform, the environment and a fake xprop.
 */
export function desktopPresentingReader(
  companion: Companion,
  system: Partial<Pick<X11PresentingDeps, 'platform' | 'env' | 'run'>> = {},
): DetectorRead {
  const read = createX11PresentingReader({
    platform: system.platform ?? process.platform,
    env: system.env ?? process.env,
    // Unknot's own fullscreen window (a routine shown fullscreen) is not someone presenting.
    ownPids: () => app.getAppMetrics().map(({ pid }) => pid),
    ...(system.run ? { run: system.run } : {}),
  })
  return presentingReader(read, (health) => companion.observe({ type: 'detector', name: 'presenting', ...health }))
}
