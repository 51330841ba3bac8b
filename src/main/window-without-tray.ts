import { app, Notification, type BrowserWindow } from 'electron'
import type { Companion } from '../shared/app/companion'
import type { Translate } from '../shared/i18n'
import { trayHostLikely } from './tray-host'

/**
 * Where no tray icon shows, closing the window would leave Unknot running with no way back to it: closing then
 * minimises the window instead, and the first time the person is told why (a notification, and a notice in the
 * window) and where a tray comes from. A quit (from the menu or the OS) still closes it.
 */
export function keepAWayBackWithoutTray(deps: {
  companion: Pick<Companion, 'notify'>
  t: Translate
  hasTrayHost?: boolean
}): void {
  if (deps.hasTrayHost ?? trayHostLikely()) return
  const { t } = deps
  minimiseInsteadOfClosing(() => {
    const text = t(
      'This desktop shows no tray icons, so closing the window minimises it and Unknot keeps reminding you. For a tray icon on GNOME, install the "AppIndicator and KStatusNotifierItem Support" extension.',
    )
    deps.companion.notify({ id: 'no-tray', level: 'info', text })
    if (Notification.isSupported()) new Notification({ title: t('Unknot is still running'), body: text }).show()
  })
}

function minimiseInsteadOfClosing(tellOnce: () => void): void {
  let quitting = false
  let told = false
  app.on('before-quit', (event) => {
    quitting = true
    // A listener after this one (the quit guard) may cancel the quit; closing then minimises again.
    queueMicrotask(() => {
      if (event.defaultPrevented) quitting = false
    })
  })
  app.on('browser-window-created', (_event, window: BrowserWindow) => {
    window.on('close', (event) => {
      if (quitting) return
      event.preventDefault()
      window.minimize()
      if (told) return
      told = true
      tellOnce()
    })
  })
}
