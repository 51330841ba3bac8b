import { hostLanguage } from '../../src/main/language'
import type { HostWatchDeps } from '../../src/main/setup-host-watches'
import type { TrayAndAlertsDeps } from '../../src/main/setup-tray-and-alerts'
import { Companion } from '../../src/shared/app/companion'
import { MemoryRecords, MemoryStore } from '../support/memory-store'
import { type TimerHandle } from '../../src/shared/kernel/time'
import { ManualClock } from '../support/manual-clock'
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

/** A companion on a hand-driven clock with in-memory stores, reading before prompts as the desktop's does. */
export function companionOn(clock: ManualClock, timeZone = 'Europe/London'): Companion {
  return new Companion({
    clock,
    timers: clock,
    timeZone: () => timeZone,
    stores: { settings: new MemoryStore(), data: new MemoryRecords() },
    readsBeforePrompts: true,
  })
}

/** Calendar inputs for a machine that is offline with no copies kept: no calendar is ever busy. */
export function offlineCalendar(): Pick<HostWatchDeps, 'fetch' | 'calendarCopies'> {
  return { fetch: () => Promise.reject(new Error('offline')), calendarCopies: new MemoryStore() }
}

/** The tray the host made last. */
export function lastTray(): Tray {
  const tray = Tray.instances.at(-1)
  if (!tray) throw new Error('no tray')
  return tray
}

/** What setupTrayAndAlerts needs on a Linux desktop in English whose window and quit do nothing; override any. */
export function linuxTrayDeps(companion: Companion, clock: ManualClock): TrayAndAlertsDeps {
  return {
    companion,
    timers: clock,
    language: hostLanguage('en'),
    resourcePath: (file) => `/res/${file}`,
    show: () => undefined,
    quit: () => undefined,
    platform: 'linux',
  }
}
