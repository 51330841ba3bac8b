import { connectTrayAndAlerts } from '../../src/main/companion-bridge'
import { readingScheduleOf, setupIdleWatch, type IdleWatchOptions } from '../../src/main/idle'
import { hostLanguage, type HostLanguage } from '../../src/main/language'
import { createNotifier } from '../../src/main/notifications'
import { setupTray } from '../../src/main/tray'
import { Companion } from '../../src/shared/app/companion'
import type { Screen } from '../../src/shared/contract/contract'
import { MemoryStore } from '../support/memory-store'
import { ManualClock } from '../support/manual-clock'
import { type TimerHandle } from '../../src/shared/kernel/time'
import type { TrayAction } from '../../src/shared/hosting/tray-model'
import { Tray } from './fake-electron'

/** A hand-driven clock that counts the timers that fire: every wake-up of the host. */
export class CountingClock extends ManualClock {
  fired = 0
  override setTimeout(callback: () => void, delayMs: number): TimerHandle {
    return super.setTimeout(() => {
      this.fired++
      callback()
    }, delayMs)
  }
}

/** A companion on a hand-driven clock with in-memory stores. */
export function companionOn(clock: ManualClock, timeZone = 'Europe/London'): Companion {
  return new Companion({
    clock,
    timers: clock,
    timeZone: () => timeZone,
    stores: { settings: new MemoryStore(), data: new MemoryStore() },
    readsBeforePrompts: true,
  })
}

/**
 * The tray and the alerts wired to `companion` as src/main/index.ts wires them (on Linux). Screens the host is asked
 * to show are recorded in `opened`, or handed to `show` when given.
 */
export function trayAndAlerts(
  companion: Companion,
  clock: ManualClock,
  options: { language?: HostLanguage; show?: (screen?: Screen) => void } = {},
) {
  const opened: string[] = []
  const show = options.show ?? ((screen?: Screen) => opened.push(screen ?? 'today'))
  const language = options.language ?? hostLanguage('en')
  const actions: { act?: (action: TrayAction) => void } = {}
  const view = setupTray(
    (file) => `/res/${file}`,
    (action) => actions.act?.(action),
    language.t,
    'linux',
  )
  const bridge = connectTrayAndAlerts({
    companion,
    tray: view,
    timers: clock,
    language,
    notify: createNotifier((screen) => show(screen)),
    openScreen: (screen) => show(screen),
    quit: () => undefined,
  })
  actions.act = bridge.act
  const tray = Tray.instances.at(-1)
  if (!tray) throw new Error('no tray')
  return { tray, bridge, opened, language }
}

/**
 * Idle readings into the companion when its reading schedule asks, as index.ts wires them; sleep and lock too unless
 * `idleOnly`; the call detector when `readCall` is given.
 */
export function watchIdle(
  companion: Companion,
  clock: ManualClock,
  { idleOnly = false, readCall }: { idleOnly?: boolean } & IdleWatchOptions = {},
): () => void {
  const observe = (type: 'suspend' | 'resume' | 'lock' | 'unlock') => () => {
    if (!idleOnly) companion.observe({ type })
  }
  return setupIdleWatch(
    clock,
    {
      idle: (seconds) => companion.observe({ type: 'idle', seconds }),
      suspend: observe('suspend'),
      resume: observe('resume'),
      lock: observe('lock'),
      unlock: observe('unlock'),
      call: (active) => companion.observe({ type: 'call', active }),
    },
    readingScheduleOf(companion),
    readCall ? { readCall } : {},
  )
}
