import { BrowserWindow, screen, type Display } from 'electron'
import type { Snapshot } from '../shared/contract/contract'
import { breakScreenMode, type BreakScreenRole } from '../shared/hosting/break-screen'
import { coverEverything } from './break-screen-level'
import { hardenContents, secureWebPreferences } from './security'

export interface BreakScreenOptions {
  preloadPath: string
  externalAllowList: ReadonlySet<string>
  /** loads the break-screen route of the renderer for a role */
  load: (window: BrowserWindow, role: BreakScreenRole) => Promise<void>
  /** hands each new window the snapshots and events while it lives; returns how to stop */
  connect: (window: BrowserWindow) => () => void
}

/**
 * A firm or strict break covers every display: the break on the cursor's display, a calm countdown on the others.
 * The windows exist only while the break does and are destroyed (never hidden) when it ends; displays plugged in
 * or out meanwhile are followed.
 */
export class BreakScreens {
  private readonly windows = new Map<number, { window: BrowserWindow; role: BreakScreenRole }>()
  private showing = false

  constructor(private readonly options: BreakScreenOptions) {
    screen.on('display-added', this.onAdded)
    screen.on('display-removed', this.onRemoved)
  }

  /** Opens or closes the screens after each snapshot. */
  follow(snapshot: Snapshot): void {
    const wanted = breakScreenMode(snapshot.reminders) !== null
    if (wanted === this.showing) return
    this.showing = wanted
    if (wanted) this.openAll()
    else this.closeAll()
  }

  get count(): number {
    return this.windows.size
  }

  dispose(): void {
    screen.off('display-added', this.onAdded)
    screen.off('display-removed', this.onRemoved)
    this.closeAll()
    this.showing = false
  }

  private openAll(): void {
    const cursorDisplay = screen.getDisplayNearestPoint(screen.getCursorScreenPoint())
    for (const display of screen.getAllDisplays()) this.open(display, display.id === cursorDisplay.id ? 'main' : 'calm')
  }

  private closeAll(): void {
    for (const { window } of this.windows.values()) window.destroy()
    this.windows.clear()
  }

  private readonly onAdded = (_event: Electron.Event, display: Display): void => {
    if (this.showing) this.open(display, 'calm')
  }

  private readonly onRemoved = (_event: Electron.Event, display: Display): void => {
    const gone = this.windows.get(display.id)
    if (!gone) return
    this.windows.delete(display.id)
    gone.window.destroy()
    // The break itself moves to the display under the cursor now, in place of its calm screen.
    if (gone.role === 'main' && this.showing) {
      const cursorDisplay = screen.getDisplayNearestPoint(screen.getCursorScreenPoint())
      this.windows.get(cursorDisplay.id)?.window.destroy()
      this.windows.delete(cursorDisplay.id)
      this.open(cursorDisplay, 'main')
    }
  }

  private open(display: Display, role: BreakScreenRole): void {
    const { x, y, width, height } = display.bounds
    // The scanner cannot see into secureWebPreferences (security.ts), which tests/main checks on the created window:
    // electronegativity: CONTEXT_ISOLATION_JS_CHECK: contextIsolation is true there.
    // electronegativity: SANDBOX_JS_CHECK: sandbox is true there.
    // electronegativity: AUXCLICK_JS_CHECK: Auxclick is disabled there.
    const window = new BrowserWindow({
      x,
      y,
      width,
      height,
      show: false,
      frame: false,
      resizable: false,
      movable: false,
      minimizable: false,
      skipTaskbar: true,
      alwaysOnTop: true,
      fullscreenable: false,
      title: 'Unknot',
      webPreferences: secureWebPreferences(this.options.preloadPath),
    })
    coverEverything(window)
    hardenContents(window.webContents, this.options.externalAllowList)
    const disconnect = this.options.connect(window)
    window.on('closed', disconnect)
    window.once('ready-to-show', () => {
      window.show()
      if (role === 'main') window.focus()
    })
    this.windows.set(display.id, { window, role })
    void this.options.load(window, role)
  }
}
