import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, session } from 'electron'
import { Companion } from '../shared/companion'
import { hostTime } from '../shared/time'
import { IDLE_TRAY } from '../shared/tray-model'
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
  app.on('before-quit', () => companion.dispose())
  mainWindow.show()
}

void main()
