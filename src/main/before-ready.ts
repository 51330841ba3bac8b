import { app } from 'electron'

/** Windows groups, names and routes notifications by this id; the installer's shortcut carries it (the appId). */
export const APP_USER_MODEL_ID = 'org.unknot.desktop'

/**
 * What must be settled before anything else and before ready: the data folder (the single-instance lock is scoped to
 * it), the Windows app id (before the first notification) and Chromium's switches (read once, at start).
 */
export function prepareBeforeReady(): void {
  // Run from source (npm run dev, npm start), Unknot keeps its own folder: developing never touches the installed
  // app's data, nor quits at once because the installed app holds the lock.
  if (!app.isPackaged) app.setPath('userData', `${app.getPath('userData')}-dev`)
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)
  // On Wayland (where Electron runs natively since 38) a global shortcut goes through the desktop's GlobalShortcuts
  // portal, which Chromium uses only with this feature on; under X11 the feature changes nothing.
  if (process.platform === 'linux') enableChromiumFeature('GlobalShortcutsPortal')
}

/** Adds `feature` to --enable-features, keeping those already asked for (on the command line, say). */
function enableChromiumFeature(feature: string): void {
  const features = app.commandLine.getSwitchValue('enable-features').split(',').filter(Boolean)
  if (!features.includes(feature)) app.commandLine.appendSwitch('enable-features', [...features, feature].join(','))
}
