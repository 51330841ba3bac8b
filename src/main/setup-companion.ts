import { Companion } from '../shared/app/companion'
import { hostTime, type Clock, type Timers } from '../shared/kernel/time'
import { app } from 'electron'
import { DATA_STORE, openDocumentStore, RECORDS_STORE, SETTINGS_STORE } from './store'
import { openRecordStore } from './record-store'

export interface HostCompanion {
  companion: Companion
  time: Clock & Timers
  timeZone: () => string
}

/** The core on the machine's clock and timers, its settings and data in the user's data folder. */
export function setupCompanion(): HostCompanion {
  const time = hostTime({
    wallNow: Date.now,
    monotonicNow: () => performance.now(),
    schedule: (callback, delayMs) => setTimeout(callback, delayMs),
    cancel: (token) => clearTimeout(token as NodeJS.Timeout),
  })
  const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone
  const companion = new Companion({
    clock: time,
    timers: time,
    timeZone,
    stores: {
      settings: openDocumentStore(SETTINGS_STORE),
      data: openRecordStore(RECORDS_STORE, app.getPath('userData')),
      formerData: openDocumentStore(DATA_STORE),
    },
    readsBeforePrompts: true,
  })
  return { companion, time, timeZone }
}
