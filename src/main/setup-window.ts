import { join } from 'node:path'
import type { Companion } from '../shared/app/companion'
import { allowListOf } from '../shared/hosting/external-links'
import { SOURCE_URLS } from '../shared/content/sources'
import { APP_PAGE_URL, BREAK_PAGE_URL, serveRenderer } from './app-protocol'
import { push, setupIpc, type IpcDesktopCheck } from './ipc'
import { isTrustedFrameUrl } from './trusted-sender'
import { MainWindow } from './window'

export interface WindowDeps {
  companion: Companion
  /** the built app's folder holding preload/ and renderer/ (out/ beside out/main) */
  outDir: string
  iconPath: string
  /** "Check my desktop", served to the page beside the companion */
  checkDesktop: IpcDesktopCheck
  /** the electron-vite dev server, in development */
  devServerUrl?: string | undefined
}

/**
 * The renderer served from unknot://, the IPC to the companion (trusted pages only) and the window that shows it,
 * which hears every snapshot and event while it exists. Links open in the browser only to the cited sources.
 */
export function setupWindow({ companion, outDir, iconPath, checkDesktop, devServerUrl }: WindowDeps): MainWindow {
  serveRenderer(join(outDir, 'renderer'))
  setupIpc(
    companion,
    (frameUrl) =>
      isTrustedFrameUrl(frameUrl, {
        rendererPageUrls: [APP_PAGE_URL, BREAK_PAGE_URL],
        ...(devServerUrl ? { devServerOrigin: new URL(devServerUrl).origin } : {}),
      }),
    checkDesktop,
  )
  return new MainWindow({
    preloadPath: join(outDir, 'preload/index.js'),
    externalAllowList: allowListOf(SOURCE_URLS),
    iconPath,
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
}
