import { Companion } from '../../../shared/app/companion'
import type { CompanionEvent, EventChannels, EventName, UnknotApi } from '../../../shared/contract/contract'
import { hostTime } from '../../../shared/kernel/time'
import { alertFor } from '../../../shared/hosting/alerts'
import { translatorOf } from '../../../shared/i18n'
import { i18n } from '../i18n'
import { BrowserDb, LEGACY_KEYS } from './browser-db'
import type { BrowserCore } from './browser-core'
import { startLeaderCore } from './browser-memory'
import { browserNotifier, notificationPermission, requestNotificationPermission } from './browser-notifications'
import { requestIdleDetection, watchBrowserIdle } from './browser-idle'
import { browserDesktopCheck } from './browser-desktop-check'
import { watchCamera } from '../posture/glances'
import { localStorageDocument, localStorageRecords } from './browser-storage'
import { broadcastChannel, TabHost, webLock } from './browser-tabs'
import type { BrowserPermissions, Host } from './types'

/** Where the web companion kept its documents before it used IndexedDB (and still does where that is missing). */
export const SETTINGS_KEY = LEGACY_KEYS.settings
export const DATA_KEY = LEGACY_KEYS.data
/** where a browser without IndexedDB keeps the domains' records, each under `unknot.records/<key>` */
export const RECORDS_KEY = 'unknot.records'
const CORE_NAME = 'unknot-core'

/** What the one core answers; each page runs the desktop checks itself. */
type CoreApi = Omit<UnknotApi, 'checkDesktop'>

const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

function pageTime() {
  return hostTime({
    wallNow: () => Date.now(),
    monotonicNow: () => performance.now(),
    schedule: (callback, delayMs) => window.setTimeout(callback, delayMs),
    cancel: (token) => window.clearTimeout(token as number),
  })
}

/** A browser with Web Locks, BroadcastChannel and IndexedDB runs one core for all its tabs. */
function sharesOneCore(): boolean {
  return 'locks' in navigator && typeof BroadcastChannel !== 'undefined' && typeof indexedDB !== 'undefined'
}

/** The web companion: the same core as the desktop app, running in the browser and keeping its data there. */
export function browserHost(): Host {
  const notify = browserNotifier((screen) => {
    window.location.hash = `#/${screen}`
  })
  const alert = (event: CompanionEvent): void => {
    const shown = alertFor(event, translatorOf(i18n))
    if (shown) notify(shown)
  }
  const { api: core, upgradeIdle } = sharesOneCore() ? tabbedCore(alert) : singlePageCore(alert)
  const api: UnknotApi = { ...core, checkDesktop: browserDesktopCheck(pageTime(), translatorOf(i18n)) }
  const browser: BrowserPermissions = {
    notificationPermission,
    requestNotifications: requestNotificationPermission,
    idleDetectionAvailable: 'IdleDetector' in globalThis,
    requestIdleDetection: async () => {
      const granted = await requestIdleDetection()
      if (granted) await upgradeIdle()
      return granted
    },
  }
  return { kind: 'browser', api, browser }
}

/** One core per browser profile, in the tab that holds the lock; the others follow it (see TabHost). */
function tabbedCore(alert: (event: CompanionEvent) => void): { api: CoreApi; upgradeIdle: () => Promise<void> } {
  let core: BrowserCore | undefined
  const tabs = new TabHost(broadcastChannel(CORE_NAME), webLock(CORE_NAME), async () => {
    core = await startLeaderCore(() => BrowserDb.open(window.localStorage), pageTime(), timeZone, window.localStorage)
    // only the leading tab shows notifications, so one event is one notification whatever the number of tabs
    core.onEvent(alert)
    return core
  })
  return { api: tabs.api, upgradeIdle: async () => core?.upgradeIdle() }
}

/** Where the browser lacks what tabs need to share one core: this page runs its own, over localStorage. */
function singlePageCore(alert: (event: CompanionEvent) => void): {
  api: CoreApi
  upgradeIdle: () => Promise<void>
} {
  const time = pageTime()
  const companion = new Companion({
    clock: time,
    timers: time,
    timeZone,
    stores: {
      settings: localStorageDocument(SETTINGS_KEY),
      data: localStorageRecords(RECORDS_KEY),
      formerData: localStorageDocument(DATA_KEY),
    },
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
  companion.onEvent((event) => {
    for (const listener of listeners.event) listener(structuredClone(event))
    alert(event)
  })
  // Results are cloned as IPC would, so the UI can never hold a reference into the core's state.
  const api: CoreApi = {
    dispatch: async (command) => structuredClone(companion.dispatch(command)),
    getSnapshot: async () => structuredClone(companion.getSnapshot()),
    query: async (query) => structuredClone(companion.query(query)),
    on(event, listener) {
      const set = listeners[event] as Set<typeof listener>
      set.add(listener)
      return () => set.delete(listener)
    },
  }
  return { api, upgradeIdle: () => idle.upgrade() }
}
