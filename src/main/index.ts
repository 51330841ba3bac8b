import { join } from 'node:path'
import { app, powerMonitor, session } from 'electron'
import { Companion } from '../shared/app/companion'
import { hostTime } from '../shared/kernel/time'
import type { Snapshot } from '../shared/contract/contract'
import type { TrayAction } from '../shared/hosting/tray-model'
import type { Settings } from '../shared/settings'
import { APP_PAGE_URL, registerAppScheme, serveRenderer } from './app-protocol'
import { applyStartAtLogin, StretchShortcut } from './system-integration'
import { connectTrayAndAlerts } from './companion-bridge'
import { createCallDetector } from './call-detection/call-detector'
import { setupCalendarWatch } from './calendar-watch'
import { callReader } from './call-watch'
import { readingScheduleOf, setupIdleWatch } from './idle'
import { push, setupIpc } from './ipc'
import { hostLanguage } from './language'
import { createNotifier } from './notifications'
import { guardQuit } from './quit-guard'
import { allowListOf } from '../shared/hosting/external-links'
import { SOURCE_URLS } from '../shared/content/sources'
import { hardenSession } from './security'
import { claimSingleInstance } from './single-instance'
import { CALENDAR_STORE, DATA_STORE, openDocumentStore, SETTINGS_STORE } from './store'
import { setupTray } from './tray'
import { isTrustedFrameUrl } from './trusted-sender'
import { MainWindow } from './window'

/** The composition root: the only place that knows every piece of the host. */
async function main(): Promise<void> {
  const shell: { window?: MainWindow } = {}
  if (!claimSingleInstance(() => shell.window?.show())) {
    app.quit()
    return
  }
  registerAppScheme()
  await app.whenReady()
  hardenSession(session.defaultSession)

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
    stores: { settings: openDocumentStore(SETTINGS_STORE), data: openDocumentStore(DATA_STORE) },
    readsBeforePrompts: true,
  })

  serveRenderer(join(__dirname, '../renderer'))
  const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
  setupIpc(companion, (frameUrl) =>
    isTrustedFrameUrl(frameUrl, {
      rendererPageUrl: APP_PAGE_URL,
      ...(devServerUrl ? { devServerOrigin: new URL(devServerUrl).origin } : {}),
    }),
  )

  const resources = app.isPackaged ? process.resourcesPath : join(__dirname, '../../resources')
  const mainWindow = new MainWindow({
    preloadPath: join(__dirname, '../preload/index.js'),
    externalAllowList: allowListOf(SOURCE_URLS),
    iconPath: join(resources, 'icon.png'),
    load: (window, screen) => {
      const hash = screen ? `/${screen}` : ''
      return window.loadURL(`${devServerUrl ?? APP_PAGE_URL}#${hash}`)
    },
    navigate: (window, screen) => push(window.webContents, 'navigate', { screen }),
    onCreated: (window) => {
      const unsubscribers = [
        companion.subscribe((snapshot) => push(window.webContents, 'snapshot', snapshot)),
        companion.onEvent((event) => push(window.webContents, 'event', event)),
      ]
      window.on('closed', () => unsubscribers.forEach((unsubscribe) => unsubscribe()))
    },
  })
  shell.window = mainWindow

  // The tray, notifications and dialogs speak the language the window speaks; the bridge follows the setting.
  const language = hostLanguage(companion.getSnapshot().settings.appearance.language)
  const trayActions: { act?: (action: TrayAction) => void } = {}
  const tray = setupTray(
    (file) => join(resources, file),
    (action) => trayActions.act?.(action),
    language.t,
  )
  const bridge = connectTrayAndAlerts({
    companion,
    tray,
    timers: time,
    language,
    notify: createNotifier((screen) => mainWindow.show(screen)),
    openScreen: (screen) => mainWindow.show(screen),
    quit: () => app.quit(),
  })
  trayActions.act = bridge.act

  const shortcut = new StretchShortcut(() => bridge.act('stretch-now'), language.t)
  let appliedSystem: Settings['system'] | undefined
  let noticeLocale: string | undefined
  const showShortcutProblem = (problem: string | undefined): void => {
    if (!problem) return
    noticeLocale = language.locale()
    companion.notify({ id: 'shortcut-taken', level: 'warning', text: problem })
  }
  const applySystemSettings = (snapshot: Snapshot): void => {
    const system = snapshot.settings.system
    if (system !== appliedSystem) {
      appliedSystem = system
      applyStartAtLogin(system.startAtLogin)
      showShortcutProblem(shortcut.apply(system))
    } else if (noticeLocale !== language.locale() && snapshot.notices.some(({ id }) => id === 'shortcut-taken')) {
      // A notice still shown is re-worded in a newly chosen language.
      showShortcutProblem(shortcut.problem())
    }
  }
  applySystemSettings(companion.getSnapshot())
  companion.subscribe(applySystemSettings)
  // The tray keeps Unknot running after its window closes.
  app.on('window-all-closed', () => undefined)
  const callDetector = createCallDetector({
    platform: process.platform,
    // Every process of Unknot's (renderer and GPU too): its own use of a device never counts as a call.
    ownPids: () => app.getAppMetrics().map(({ pid }) => pid),
    ownExecutablePath: process.execPath,
  })
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
    {
      readCall: callReader(callDetector, (health) => companion.observe({ type: 'detector', name: 'calls', ...health })),
    },
  )
  const calendar = setupCalendarWatch({
    companion,
    fetch: (url, init) => fetch(url, init),
    clock: time,
    timers: time,
    timeZone,
    copies: openDocumentStore(CALENDAR_STORE),
    log: (line) => console.info(line),
  })
  powerMonitor.on('resume', calendar.refresh)
  guardQuit(() => companion.getSnapshot(), language.t)
  app.on('will-quit', () => {
    stopIdleWatch()
    calendar.dispose()
    bridge.stop()
    shortcut.dispose()
    companion.dispose()
  })
  mainWindow.show()
}

void main()
