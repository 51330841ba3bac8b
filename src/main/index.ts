import { join } from 'node:path'
import { app, session } from 'electron'
import { registerAppScheme } from './app-protocol'
import { prepareBeforeReady } from './before-ready'
import { desktopChecks } from './desktop-check/checks'
import { hostLanguage } from './language'
import { guardQuit } from './quit-guard'
import { setupBreakScreens } from './setup-break-screens'
import { setupCamera } from './setup-camera'
import { handleCommandLineLaunch, setupCommandLine } from './setup-command-line'
import { setupCompanion } from './setup-companion'
import { desktopCallReader, desktopPresentingReader, setupHostWatches } from './setup-host-watches'
import { setupSystemIntegration } from './setup-system-integration'
import { setupTrayAndAlerts } from './setup-tray-and-alerts'
import { setupWindow } from './setup-window'
import { claimSingleInstance } from './single-instance'
import { startOrExplain } from './start-failure'
import { CALENDAR_STORE, openDocumentStore } from './store'
import type { MainWindow } from './window'
import { keepAWayBackWithoutTray } from './window-without-tray'

/** The composition root: the only place that knows every piece of the host. */
async function main(): Promise<void> {
  prepareBeforeReady()
  if (await handleCommandLineLaunch()) return
  const shell: { window?: MainWindow } = {}
  if (!claimSingleInstance(() => shell.window?.show())) {
    app.quit()
    return
  }
  registerAppScheme()
  await app.whenReady()

  const { companion, time, timeZone } = setupCompanion()
  // Before any window: every permission is refused to every page, except the camera to the camera's hidden window.
  const camera = setupCamera({
    companion,
    timers: time,
    session: session.defaultSession,
    outDir: join(__dirname, '..'),
    devServerUrl: !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined,
  })
  const resources = app.isPackaged ? process.resourcesPath : join(__dirname, '../../resources')
  // The tray, notifications and dialogs speak the language the window speaks; the tray follows the setting.
  const language = hostLanguage(companion.getSnapshot().settings.appearance.language)
  const mainWindow = setupWindow({
    companion,
    outDir: join(__dirname, '..'),
    iconPath: join(resources, 'icon.png'),
    checkDesktop: desktopChecks({ timers: time, t: language.t, system: () => companion.getSnapshot().settings.system }),
    devServerUrl: !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined,
  })
  shell.window = mainWindow
  setupBreakScreens({
    companion,
    outDir: join(__dirname, '..'),
    devServerUrl: !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined,
  })
  const show = (screen?: Parameters<MainWindow['show']>[0]): void => void mainWindow.show(screen)

  const trayAndAlerts = setupTrayAndAlerts({
    companion,
    timers: time,
    language,
    resourcePath: (file) => join(resources, file),
    show,
    quit: () => app.quit(),
  })
  setupCommandLine({ companion, t: language.t, showRoutines: () => show('routines') })
  const stopSystemIntegration = setupSystemIntegration({
    companion,
    language,
    stretchNow: () => trayAndAlerts.act('stretch-now'),
  })
  // The tray keeps Unknot running after its window closes; where no tray shows, closing minimises.
  app.on('window-all-closed', () => undefined)
  keepAWayBackWithoutTray({ companion, t: language.t })
  // macOS: a click on the Dock icon after the window was closed opens it again.
  app.on('activate', () => show())
  const stopWatches = setupHostWatches({
    companion,
    time,
    timeZone,
    readCall: desktopCallReader(companion),
    readPresenting: desktopPresentingReader(companion),
    fetch: (url, init) => fetch(url, init),
    calendarCopies: openDocumentStore(CALENDAR_STORE),
    log: (line) => console.info(line),
  })
  guardQuit(() => companion.getSnapshot(), language.t)
  app.on('will-quit', () => {
    stopWatches()
    camera.stop()
    trayAndAlerts.stop()
    stopSystemIntegration()
    companion.dispose()
  })
  // The first start opens the window, where the setup waits; later starts stay in the tray until asked.
  if (!companion.getSnapshot().settings.setupDone) mainWindow.show()
}

void startOrExplain(main)
