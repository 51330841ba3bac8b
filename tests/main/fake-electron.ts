import { EventEmitter } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A recording fake of the 'electron' module: it keeps every window, tray, menu, notification and IPC handler the
 * host creates, so tests can assert on them, and lets a test drive powerMonitor and the idle time.
 */

type Listener = (...args: unknown[]) => unknown

export class FakeWebContents extends EventEmitter {
  readonly sent: Array<{ channel: string; payload: unknown }> = []
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined
  private destroyed = false

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  markDestroyed(): void {
    this.destroyed = true
  }

  /** Emits a navigation-like event and reports whether a handler called preventDefault(). */
  tryEvent(name: string, url = 'https://example.com/'): boolean {
    let prevented = false
    this.emit(name, { preventDefault: () => (prevented = true), url }, url)
    return prevented
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly instances: BrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  loadedUrl: string | undefined
  visible = false
  focused = false
  private destroyed = false

  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super()
    BrowserWindow.instances.push(this)
  }

  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((window) => !window.isDestroyed())
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url
  }

  show(): void {
    this.visible = true
  }

  hide(): void {
    this.visible = false
  }

  focus(): void {
    this.focused = true
  }

  isVisible(): boolean {
    return this.visible
  }

  isMinimized(): boolean {
    return false
  }

  restore(): void {}

  close(): void {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
    this.emit('close', event)
    if (!event.defaultPrevented) this.destroy()
  }

  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.visible = false
    this.webContents.markDestroyed()
    this.emit('closed')
  }

  isDestroyed(): boolean {
    return this.destroyed
  }
}

export interface FakeImage {
  path: string
  template: boolean
  setTemplateImage(flag: boolean): void
}

export const nativeImage = {
  createFromPath(path: string): FakeImage {
    return {
      path,
      template: false,
      setTemplateImage(flag: boolean) {
        this.template = flag
      },
    }
  },
}

export interface FakeMenuItem {
  label?: string
  type?: string
  enabled?: boolean
  click?: () => void
  submenu?: FakeMenuItem[] | { items: FakeMenuItem[] }
}

export const Menu = {
  buildFromTemplate(items: FakeMenuItem[]): { items: FakeMenuItem[] } {
    return { items }
  },
}

export class Tray extends EventEmitter {
  static readonly instances: Tray[] = []
  tooltip = ''
  menu: { items: FakeMenuItem[] } | undefined
  destroyed = false

  constructor(public image: FakeImage) {
    super()
    Tray.instances.push(this)
  }

  setImage(image: FakeImage): void {
    this.image = image
  }

  setToolTip(tooltip: string): void {
    this.tooltip = tooltip
  }

  setContextMenu(menu: { items: FakeMenuItem[] }): void {
    this.menu = menu
  }

  destroy(): void {
    this.destroyed = true
  }
}

export class Notification extends EventEmitter {
  static readonly instances: Notification[] = []
  static supported = true
  shown = false
  closed = false

  constructor(readonly options: { title?: string; body?: string; actions?: Array<{ type: string; text: string }> }) {
    super()
    Notification.instances.push(this)
  }

  static isSupported(): boolean {
    return Notification.supported
  }

  show(): void {
    this.shown = true
  }

  close(): void {
    this.closed = true
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false
  hasSingleInstanceLock = true
  quitCalls = 0
  readonly userData = mkdtempSync(join(tmpdir(), 'unknot-fake-userdata-'))
  loginItem = { openAtLogin: false }
  /** what app.getPreferredSystemLanguages() answers: the OS's languages, most preferred first */
  preferredLanguages: string[] = ['en-US']

  requestSingleInstanceLock(): boolean {
    return this.hasSingleInstanceLock
  }

  whenReady(): Promise<void> {
    return Promise.resolve()
  }

  quit(): void {
    this.quitCalls++
  }

  getPath(_name: string): string {
    return this.userData
  }

  getVersion(): string {
    return '0.0.0-test'
  }

  getName(): string {
    return 'Unknot'
  }

  setLoginItemSettings(settings: { openAtLogin: boolean }): void {
    this.loginItem = { ...settings }
  }

  getLoginItemSettings(): { openAtLogin: boolean } {
    return this.loginItem
  }

  getPreferredSystemLanguages(): string[] {
    return [...this.preferredLanguages]
  }
}

export const app = new FakeApp()

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, Listener>()

  handle(channel: string, handler: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }

  /** Calls a handler the way Electron would for a renderer whose frame has `frameUrl`. */
  async invoke(channel: string, frameUrl: string | undefined, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    return handler({ senderFrame: frameUrl === undefined ? null : { url: frameUrl } }, ...args)
  }
}

export const ipcMain = new FakeIpcMain()

class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0
  idleReads = 0

  getSystemIdleTime(): number {
    this.idleReads++
    return this.idleSeconds
  }
}

export const powerMonitor = new FakePowerMonitor()

class FakeSession {
  permissionRequestHandler: Listener | undefined
  permissionCheckHandler: Listener | undefined

  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler
  }

  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler
  }
}

export const session = { defaultSession: new FakeSession() }

export const shell = {
  opened: [] as string[],
  async openExternal(url: string): Promise<void> {
    shell.opened.push(url)
  },
  async openPath(): Promise<string> {
    return ''
  },
}

export const dialog = {
  shown: [] as Array<Record<string, unknown>>,
  /** the button index the next message box answers with */
  nextResponse: 0,
  async showMessageBox(options: Record<string, unknown>): Promise<{ response: number }> {
    dialog.shown.push(options)
    return { response: dialog.nextResponse }
  },
}

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    contextBridge.exposed.set(key, api)
  },
}

class FakeIpcRenderer extends EventEmitter {
  readonly invoked: Array<{ channel: string; args: unknown[] }> = []

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args })
    return undefined
  }
}

export const ipcRenderer = new FakeIpcRenderer()

type ProtocolHandler = (request: { url: string }) => Response | Promise<Response>

export const protocol = {
  privileged: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>): void {
    protocol.privileged.push(...schemes)
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    protocol.handlers.set(scheme, handler)
  },
}

/** net.fetch answers with the URL it was asked for, so a test sees which file a request reached. */
export const net = {
  fetched: [] as string[],
  async fetch(url: string): Promise<Response> {
    net.fetched.push(url)
    return new Response(`contents of ${url}`)
  },
}

export const globalShortcut = {
  registered: new Map<string, () => void>(),
  /** accelerators another program holds: registering one fails, as in Electron */
  takenElsewhere: new Set<string>(),
  register(accelerator: string, callback: () => void): boolean {
    if (globalShortcut.takenElsewhere.has(accelerator) || globalShortcut.registered.has(accelerator)) return false
    globalShortcut.registered.set(accelerator, callback)
    return true
  },
  unregister(accelerator: string): void {
    globalShortcut.registered.delete(accelerator)
  },
  unregisterAll(): void {
    globalShortcut.registered.clear()
  },
}

/** Forgets everything recorded, between tests. */
export function resetFakeElectron(): void {
  BrowserWindow.instances.length = 0
  Tray.instances.length = 0
  Notification.instances.length = 0
  Notification.supported = true
  ipcMain.handlers.clear()
  ipcMain.removeAllListeners()
  app.removeAllListeners()
  app.hasSingleInstanceLock = true
  app.quitCalls = 0
  powerMonitor.removeAllListeners()
  powerMonitor.idleSeconds = 0
  powerMonitor.idleReads = 0
  session.defaultSession.permissionRequestHandler = undefined
  session.defaultSession.permissionCheckHandler = undefined
  shell.opened.length = 0
  contextBridge.exposed.clear()
  ipcRenderer.removeAllListeners()
  ipcRenderer.invoked.length = 0
  globalShortcut.registered.clear()
  globalShortcut.takenElsewhere.clear()
  app.loginItem = { openAtLogin: false }
  app.preferredLanguages = ['en-US']
  dialog.shown.length = 0
  dialog.nextResponse = 0
  protocol.privileged.length = 0
  protocol.handlers.clear()
  net.fetched.length = 0
}

const electron = {
  app,
  BrowserWindow,
  Menu,
  Notification,
  Tray,
  contextBridge,
  dialog,
  globalShortcut,
  ipcMain,
  ipcRenderer,
  nativeImage,
  net,
  powerMonitor,
  protocol,
  session,
  shell,
}

export default electron
