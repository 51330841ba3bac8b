import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, session } from 'electron'
import { Companion } from '../shared/companion'
import { hostTime } from '../shared/time'
import { IDLE_TRAY } from '../shared/tray-model'
import { BREAK_ROUTINE_ID } from '../shared/routines'
import type { Settings } from '../shared/settings'
import { applyStartAtLogin, StretchShortcut } from './system-integration'
import { push, setupIpc } from './ipc'
import { hardenSession } from './security'
import { claimSingleInstance } from './single-instance'
import { DATA_STORE, openDocumentStore, SETTINGS_STORE } from './store'
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
  await app.whenReady()
  hardenSession(session.defaultSession)

  const time = hostTime({
    wallNow: Date.now,
    monotonicNow: () => performance.now(),
    schedule: (callback, delayMs) => setTimeout(callback, delayMs),
    cancel: (token) => clearTimeout(token as NodeJS.Timeout),
  })
  const companion = new Companion({
    clock: time,
    timers: time,
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    stores: { settings: openDocumentStore(SETTINGS_STORE), data: openDocumentStore(DATA_STORE) },
  })

  const rendererFile = join(__dirname, '../renderer/index.html')
  const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
  setupIpc(companion, (frameUrl) =>
    isTrustedFrameUrl(frameUrl, {
      rendererFileUrl: pathToFileURL(rendererFile).href,
      ...(devServerUrl ? { devServerOrigin: new URL(devServerUrl).origin } : {}),
    }),
  )

  const resources = app.isPackaged ? process.resourcesPath : join(__dirname, '../../resources')
  const mainWindow = new MainWindow({
    preloadPath: join(__dirname, '../preload/index.js'),
    iconPath: join(resources, 'icon.png'),
    load: (window) => (devServerUrl ? window.loadURL(devServerUrl) : window.loadFile(rendererFile)),
    onCreated: (window) => {
      const unsubscribers = [
        companion.subscribe((snapshot) => push(window.webContents, 'snapshot', snapshot)),
        companion.onEvent((event) => push(window.webContents, 'event', event)),
      ]
      window.on('closed', () => unsubscribers.forEach((unsubscribe) => unsubscribe()))
    },
  })
  shell.window = mainWindow

  const shortcut = new StretchShortcut(() => {
    companion.dispatch({ type: 'startRoutine', payload: { routineId: BREAK_ROUTINE_ID } })
    mainWindow.show()
  })
  let appliedSystem: Settings['system'] | undefined
  const applySystemSettings = (system: Settings['system']): void => {
    if (system === appliedSystem) return
    appliedSystem = system
    applyStartAtLogin(system.startAtLogin)
    const problem = shortcut.apply(system)
    if (problem) companion.notify({ id: 'shortcut-taken', level: 'warning', text: problem })
  }
  applySystemSettings(companion.getSnapshot().settings.system)
  companion.subscribe((snapshot) => applySystemSettings(snapshot.settings.system))
  const tray = setupTray(
    (file) => join(resources, file),
    (action) => {
      if (action === 'quit') app.quit()
      else if (action === 'settings') push(mainWindow.show().webContents, 'navigate', { screen: 'settings' })
      else mainWindow.show()
    },
  )
  tray.render(IDLE_TRAY)
  // The tray keeps Unknot running after its window closes.
  app.on('window-all-closed', () => undefined)
  app.on('before-quit', () => {
    shortcut.dispose()
    companion.dispose()
  })
  mainWindow.show()
}

void main()
