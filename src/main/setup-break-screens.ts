import { join } from 'node:path'
import type { Companion } from '../shared/app/companion'
import { SOURCE_URLS } from '../shared/content/sources'
import { allowListOf } from '../shared/hosting/external-links'
import { BREAK_SCREEN_ROUTE } from '../shared/hosting/break-screen'
import { BREAK_PAGE_URL } from './app-protocol'
import { BreakScreens } from './break-screens'
import { push } from './ipc'

export interface BreakScreenDeps {
  companion: Pick<Companion, 'subscribe' | 'onEvent' | 'getSnapshot'>
  /** the built app's folder holding preload/ (out/ beside out/main) */
  outDir: string
  devServerUrl?: string | undefined
}

/** Firm and strict breaks on every display, following the companion's snapshots; returns how to stop. */
export function setupBreakScreens({ companion, outDir, devServerUrl }: BreakScreenDeps): () => void {
  const screens = new BreakScreens({
    preloadPath: join(outDir, 'preload/index.js'),
    externalAllowList: allowListOf(SOURCE_URLS),
    load: (window, role) => {
      const page = devServerUrl ? new URL('break.html', devServerUrl).href : BREAK_PAGE_URL
      return window.loadURL(`${page}#/${BREAK_SCREEN_ROUTE}?role=${role}`)
    },
    connect: (window) => {
      const unsubscribers = [
        companion.subscribe((snapshot) => push(window.webContents, 'snapshot', snapshot)),
        companion.onEvent((event) => push(window.webContents, 'event', event)),
      ]
      return () => unsubscribers.forEach((unsubscribe) => unsubscribe())
    },
  })
  screens.follow(companion.getSnapshot())
  const unsubscribe = companion.subscribe((snapshot) => screens.follow(snapshot))
  return () => {
    unsubscribe()
    screens.dispose()
  }
}
