import type { UnknotApi } from '../../../shared/contract/contract'
import { hostTime } from '../../../shared/kernel/time'
import { translatorOf } from '../../../shared/i18n'
import { i18n } from '../i18n'
import type { BrowserCore } from './browser-core'
import type { CorePage } from './browser-leader'
import type * as Leader from './browser-leader'
import { browserNotifier, notificationPermission, requestNotificationPermission } from './browser-notifications'
import { requestIdleDetection } from './browser-idle'
import { nextTask } from './next-task'
import { broadcastChannel, TabHost, webLock, type Leadership, type TabChannel } from './browser-tabs'
import type { BrowserPermissions, Host } from './types'

const CORE_NAME = 'unknot-core'

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

/** Where the page runs a core of its own it leads at once, and has no other tab to talk to. */
const alone: { channel: TabChannel; leadership: Leadership } = {
  channel: { post: () => undefined, listen: () => undefined },
  leadership: { request: (lead) => void lead() },
}

/**
 * The web companion: the same core as the desktop app, running in the browser and keeping its data there. The
 * core's code is loaded only when this tab is to run it; until it runs, commands wait in the TabHost as a
 * following tab's wait for its leader.
 */
export function browserHost(load: () => Promise<typeof Leader> = () => import('./browser-leader')): Host {
  const page: CorePage = {
    time: pageTime(),
    timeZone,
    notify: browserNotifier((screen) => {
      window.location.hash = `#/${screen}`
    }),
  }
  let core: BrowserCore | undefined
  const tabbed = sharesOneCore()
  const { channel, leadership } = tabbed
    ? { channel: broadcastChannel(CORE_NAME), leadership: webLock(CORE_NAME) }
    : alone
  const tabs = new TabHost(channel, leadership, async () => {
    const { startTabsCore, startPageCore } = await load()
    // The core's code has just been evaluated (its schemas built): the page answers before the restore runs.
    await nextTask()
    core = tabbed ? await startTabsCore(page) : startPageCore(page)
    return core
  })
  // "Check my desktop" runs only when asked for, so its code (and the request's schema) loads then, not at start;
  // a failed load is tried again at the next request.
  let desktopCheck: Promise<UnknotApi['checkDesktop']> | undefined
  const loadDesktopCheck = () =>
    import('./browser-desktop-check').then(
      (module) => module.browserDesktopCheck(pageTime(), translatorOf(i18n)),
      (error: unknown) => {
        desktopCheck = undefined
        throw error
      },
    )
  const api: UnknotApi = {
    ...tabs.api,
    checkDesktop: async (request) => (await (desktopCheck ??= loadDesktopCheck()))(request),
  }
  const browser: BrowserPermissions = {
    notificationPermission,
    requestNotifications: requestNotificationPermission,
    idleDetectionAvailable: 'IdleDetector' in globalThis,
    requestIdleDetection: async () => {
      const granted = await requestIdleDetection()
      if (granted) await core?.upgradeIdle()
      return granted
    },
  }
  return { kind: 'browser', api, browser }
}
