import { Companion } from '../../../shared/app/companion'
import { alertFor, type Alert } from '../../../shared/hosting/alerts'
import { translatorOf } from '../../../shared/i18n'
import type { Clock, Timers } from '../../../shared/kernel/time'
import { i18n } from '../i18n'
import { watchCamera } from '../posture/glances'
import type { BrowserCore } from './browser-core'
import { BrowserDb } from './browser-db'
import { DATA_KEY, RECORDS_KEY, SETTINGS_KEY } from './browser-keys'
import { watchBrowserIdle } from './browser-idle'
import { startLeaderCore } from './browser-memory'
import { localStorageDocument, localStorageRecords } from './browser-storage'

/*
 * The web companion's core and all it alone needs (the companion, IndexedDB, restoring, the alerts). browser.ts
 * loads this module with import() only once its tab is to run the core, so the page's first paint never waits
 * for its code, a following tab never loads it, and the desktop app, whose core runs in its main process, never
 * does.
 */

/** What the core needs from the page that runs it. */
export interface CorePage {
  time: Clock & Timers
  timeZone: () => string
  /** shows an alert as a notification */
  notify: (alert: Alert) => void
}

function alerting(core: BrowserCore, page: CorePage): BrowserCore {
  // only the core's tab shows notifications, so one event is one notification whatever the number of tabs
  core.onEvent((event) => {
    const shown = alertFor(event, translatorOf(i18n))
    if (shown) page.notify(shown)
  })
  return core
}

/** The core of every tab of this browser profile, in the tab that leads them (see TabHost). */
export async function startTabsCore(page: CorePage): Promise<BrowserCore> {
  const open = (): Promise<BrowserDb> => BrowserDb.open(window.localStorage)
  return alerting(await startLeaderCore(open, page.time, page.timeZone, window.localStorage), page)
}

/** Where the browser lacks what tabs need to share one core: this page runs its own, over localStorage. */
export function startPageCore(page: CorePage): BrowserCore {
  const { time } = page
  const companion = new Companion({
    clock: time,
    timers: time,
    timeZone: page.timeZone,
    stores: {
      settings: localStorageDocument(SETTINGS_KEY),
      data: localStorageRecords(RECORDS_KEY),
      formerData: localStorageDocument(DATA_KEY),
    },
    idleSourceKind: 'page-activity',
  })
  const idle = watchBrowserIdle(companion, time)
  watchCamera(time, companion, (input) => companion.observe(input))
  const core: BrowserCore = {
    handle: async (_id, command) => companion.dispatch(command),
    snapshot: () => companion.getSnapshot(),
    query: (query) => companion.query(query),
    onSnapshot: (listener) => companion.subscribe(listener),
    onEvent: (listener) => companion.onEvent(listener),
    upgradeIdle: () => idle.upgrade(),
  }
  return alerting(core, page)
}
