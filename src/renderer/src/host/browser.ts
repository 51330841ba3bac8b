import { Companion } from '../../../shared/app/companion'
import type { EventChannels, EventName, UnknotApi } from '../../../shared/contract/contract'
import { hostTime } from '../../../shared/kernel/time'
import { alertFor } from '../../../shared/hosting/alerts'
import { translatorOf } from '../../../shared/i18n'
import { i18n } from '../i18n'
import { browserNotifier, notificationPermission, requestNotificationPermission } from './browser-notifications'
import { requestIdleDetection, watchBrowserIdle } from './browser-idle'
import { watchCamera } from '../posture/glances'
import { localStorageDocument } from './browser-storage'
import type { BrowserPermissions, Host } from './types'

export const SETTINGS_KEY = 'unknot.settings'
export const DATA_KEY = 'unknot.data'

/** The web companion: the same core as the desktop app, running in the page and keeping its data in this browser. */
export function browserHost(): Host {
  const time = hostTime({
    wallNow: () => Date.now(),
    monotonicNow: () => performance.now(),
    schedule: (callback, delayMs) => window.setTimeout(callback, delayMs),
    cancel: (token) => window.clearTimeout(token as number),
  })
  const companion = new Companion({
    clock: time,
    timers: time,
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    stores: { settings: localStorageDocument(SETTINGS_KEY), data: localStorageDocument(DATA_KEY) },
    idleSourceKind: 'page-activity',
  })

  const idle = watchBrowserIdle(companion, time)
  watchCamera(time, companion, (input) => companion.observe(input))

  const listeners: { [K in EventName]: Set<(payload: EventChannels[K]) => void> } = {
    snapshot: new Set(),
    navigate: new Set(),
    event: new Set(),
  }
  companion.subscribe((snapshot) => {
    for (const listener of listeners.snapshot) listener(structuredClone(snapshot))
  })
  const notify = browserNotifier((screen) => {
    window.location.hash = `#/${screen}`
  })
  companion.onEvent((event) => {
    for (const listener of listeners.event) listener(structuredClone(event))
    const alert = alertFor(event, translatorOf(i18n))
    if (alert) notify(alert)
  })

  // Results are cloned as IPC would, so the UI can never hold a reference into the core's state.
  const api: UnknotApi = {
    dispatch: async (command) => structuredClone(companion.dispatch(command)),
    getSnapshot: async () => structuredClone(companion.getSnapshot()),
    on(event, listener) {
      const set = listeners[event] as Set<typeof listener>
      set.add(listener)
      return () => set.delete(listener)
    },
  }
  const browser: BrowserPermissions = {
    notificationPermission,
    requestNotifications: requestNotificationPermission,
    idleDetectionAvailable: 'IdleDetector' in globalThis,
    requestIdleDetection: async () => {
      const granted = await requestIdleDetection()
      if (granted) await idle.upgrade()
      return granted
    },
  }
  return { kind: 'browser', api, browser }
}
