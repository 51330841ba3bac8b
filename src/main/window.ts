import { BrowserWindow } from 'electron'
import type { Screen } from '../shared/contract/contract'
import { hardenContents, secureWebPreferences } from './security'

export interface WindowOptions {
  preloadPath: string
  /** https pages a link in the app may open in the system browser (the cited sources); every other link is refused */
  externalAllowList: ReadonlySet<string>
  iconPath: string
  /** loads the renderer (the dev server URL or the built index.html), opened on `screen` when given */
  load: (window: BrowserWindow, screen?: Screen) => Promise<void>
  /** asks an already loaded page to show `screen` */
  navigate?: (window: BrowserWindow, screen: Screen) => void
  onCreated?: (window: BrowserWindow) => void
}

/**
 * The window exists only while it is shown: closing destroys it (and its renderer), the tray keeps the app alive.
 * That is how a hidden Unknot does no renderer work at all. (Where no tray icon shows, closing minimises the window
 * instead, so it stays alive: see window-without-tray.ts.)
 */
export class MainWindow {
  private window: BrowserWindow | undefined

  constructor(private readonly options: WindowOptions) {}

  get current(): BrowserWindow | undefined {
    return this.window && !this.window.isDestroyed() ? this.window : undefined
  }

  show(screen?: Screen): BrowserWindow {
    const existing = this.current
    if (existing) {
      if (existing.isMinimized()) existing.restore()
      existing.show()
      existing.focus()
      if (screen) this.options.navigate?.(existing, screen)
      return existing
    }
    // The scanner cannot see into secureWebPreferences (security.ts), which tests/main checks on the created window:
    // electronegativity: CONTEXT_ISOLATION_JS_CHECK: contextIsolation is true there.
    // electronegativity: SANDBOX_JS_CHECK: sandbox is true there.
    // electronegativity: AUXCLICK_JS_CHECK: Auxclick is disabled there.
    const window = new BrowserWindow({
      width: 1040,
      height: 760,
      minWidth: 720,
      minHeight: 560,
      show: false,
      title: 'Unknot',
      icon: this.options.iconPath,
      autoHideMenuBar: true,
      webPreferences: secureWebPreferences(this.options.preloadPath),
    })
    hardenContents(window.webContents, this.options.externalAllowList)
    window.once('ready-to-show', () => window.show())
    window.on('closed', () => {
      if (this.window === window) this.window = undefined
    })
    this.window = window
    this.options.onCreated?.(window)
    void this.options.load(window, screen)
    return window
  }

  destroy(): void {
    this.current?.destroy()
    this.window = undefined
  }
}
