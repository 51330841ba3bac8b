import { EventEmitter } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as Electron from 'electron'

/**
 * A recording fake of the 'electron' module: it keeps every window, tray, menu, notification and IPC handler the
 * host creates, so tests can assert on them, and lets a test drive powerMonitor and the idle time.
 *
 * Each part the fake offers is checked by the compiler against Electron's own types (`implements Pick<…>` and
 * `satisfies Pick<…>`), and behaves as Electron does where tests lean on it: IPC payloads are structured-cloned,
 * a disabled menu item cannot be clicked, a window shows `ready-to-show` after it loads, and trays and protocol
 * handlers refuse to exist before the app is ready.
 *
 * What Electron's types mark `@platform` is refused on every other platform, judged by `process.platform` (which
 * a test fakes with `onPlatform` from ./platform): the call throws, and an event Electron never emits there cannot
 * be emitted. A host that leans on such an API where it does not exist fails its tests here.
 */

/** Throws unless the test runs as one of `platforms`, where Electron offers `what`. */
function onlyOn(platforms: readonly NodeJS.Platform[], what: string): void {
  if (!platforms.includes(process.platform)) {
    throw new Error(`${what} exists only on ${platforms.join(', ')} (Electron's types), not on ${process.platform}`)
  }
}

/** Events Electron emits only on some platforms: emitting one elsewhere is a test of something that never happens. */
function emitOnlyWhereItHappens(
  events: Record<string, readonly NodeJS.Platform[]>,
  owner: string,
  event: string | symbol,
): void {
  if (typeof event !== 'string') return
  const platforms = events[event]
  if (platforms) onlyOn(platforms, `${owner} '${event}'`)
}

/** The parts of a module object the fake offers, typed as Electron types them; the rest is the fake's own record. */
type Offers<T, K extends keyof T> = Pick<T, K> & Record<string, unknown>

/** What crossing a process boundary does to a value: functions and other uncloneable values throw. */
function acrossProcesses<T>(value: T): T {
  return structuredClone(value)
}

type WindowOpenHandler = Parameters<Electron.WebContents['setWindowOpenHandler']>[0]

export class FakeWebContents
  extends EventEmitter
  implements Pick<Electron.WebContents, 'send' | 'setWindowOpenHandler' | 'isDestroyed'>
{
  readonly sent: Array<{ channel: string; payload: unknown }> = []
  windowOpenHandler: WindowOpenHandler | undefined
  private destroyed = false

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload: acrossProcesses(payload) })
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }

  /** What the page's `window.open(url)` gets: the handler's answer, or undefined when none is set. */
  openWindow(url: string): Electron.WindowOpenHandlerResponse | undefined {
    return this.windowOpenHandler?.({
      url,
      frameName: '',
      features: '',
      disposition: 'foreground-tab',
      referrer: { url: '', policy: 'strict-origin-when-cross-origin' },
    })
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

export class BrowserWindow
  extends EventEmitter
  implements
    Pick<
      Electron.BrowserWindow,
      | 'loadURL'
      | 'show'
      | 'hide'
      | 'focus'
      | 'isVisible'
      | 'isMinimized'
      | 'minimize'
      | 'restore'
      | 'close'
      | 'setAlwaysOnTop'
      | 'isAlwaysOnTop'
      | 'setVisibleOnAllWorkspaces'
      | 'isVisibleOnAllWorkspaces'
    >
{
  static readonly instances: BrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  loadedUrl: string | undefined
  visible = false
  focused = false
  minimized = false
  /** the level `setAlwaysOnTop` last set, or null when not on top */
  alwaysOnTopLevel: string | null = null
  visibleOnAllWorkspaces = false
  /** macOS: shown above apps in full screen as well */
  visibleOnFullScreen = false
  private destroyed = false

  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    super()
    if (!app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready')
    BrowserWindow.instances.push(this)
    this.visible = options.show ?? true
    app.emit('browser-window-created', { preventDefault: () => undefined }, this)
  }

  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((window) => !window.isDestroyed())
  }

  /** Loads, then tells `ready-to-show` on a later turn, as the first paint does. */
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    await Promise.resolve()
    if (!this.destroyed) this.emit('ready-to-show')
  }

  show(): void {
    this.visible = true
    if (this.minimized) this.restore()
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
    return this.minimized
  }

  minimize(): void {
    if (this.minimized) return
    this.minimized = true
    this.focused = false
    this.emit('minimize')
  }

  restore(): void {
    if (!this.minimized) return
    this.minimized = false
    this.emit('restore')
  }

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

  setAlwaysOnTop(flag: boolean, level: Parameters<Electron.BrowserWindow['setAlwaysOnTop']>[1] = 'floating'): void {
    this.alwaysOnTopLevel = flag ? level : null
  }

  isAlwaysOnTop(): boolean {
    return this.alwaysOnTopLevel !== null
  }

  /** darwin and linux only, and `visibleOnFullScreen` darwin only, as Electron's types mark them. */
  setVisibleOnAllWorkspaces(visible: boolean, options?: Electron.VisibleOnAllWorkspacesOptions): void {
    onlyOn(['darwin', 'linux'], 'BrowserWindow.setVisibleOnAllWorkspaces')
    if (options?.visibleOnFullScreen !== undefined) onlyOn(['darwin'], 'visibleOnFullScreen')
    if (options?.skipTransformProcessType !== undefined) onlyOn(['darwin'], 'skipTransformProcessType')
    this.visibleOnAllWorkspaces = visible
    this.visibleOnFullScreen = visible && (options?.visibleOnFullScreen ?? false)
  }

  /** darwin and linux only, as Electron's types mark it. */
  isVisibleOnAllWorkspaces(): boolean {
    onlyOn(['darwin', 'linux'], 'BrowserWindow.isVisibleOnAllWorkspaces')
    return this.visibleOnAllWorkspaces
  }
}

export class FakeImage implements Pick<Electron.NativeImage, 'setTemplateImage' | 'isTemplateImage'> {
  template = false

  constructor(readonly path: string) {}

  setTemplateImage(flag: boolean): void {
    this.template = flag
  }

  isTemplateImage(): boolean {
    return this.template
  }
}

export const nativeImage = {
  createFromPath(path: string): Electron.NativeImage {
    return new FakeImage(path) as unknown as Electron.NativeImage
  },
} satisfies Pick<typeof Electron.nativeImage, 'createFromPath'>

/** A menu item as a person meets it: `click()` is their click, refused when the item is disabled. */
export interface FakeMenuItem {
  label?: string
  type?: string
  enabled?: boolean
  checked?: boolean
  click?: () => void
  submenu?: FakeMenuItem[]
}

export interface FakeMenu {
  items: FakeMenuItem[]
}

function fromTemplate(template: Electron.MenuItemConstructorOptions): FakeMenuItem {
  const { label, type, enabled, checked, click, submenu } = template
  const item: FakeMenuItem = {
    ...(label !== undefined ? { label } : {}),
    ...(type !== undefined ? { type } : {}),
    ...(enabled !== undefined ? { enabled } : {}),
    ...(checked !== undefined ? { checked } : {}),
  }
  if (click) {
    item.click = () => {
      if (item.enabled === false) throw new Error(`the menu item "${label ?? ''}" is disabled: nobody can click it`)
      click(item as unknown as Electron.MenuItem, undefined, {} as Electron.KeyboardEvent)
    }
  }
  if (Array.isArray(submenu)) item.submenu = submenu.map(fromTemplate)
  return item
}

export const Menu = {
  buildFromTemplate(template: Array<Electron.MenuItemConstructorOptions | Electron.MenuItem>): Electron.Menu {
    const menu: FakeMenu = { items: (template as Electron.MenuItemConstructorOptions[]).map(fromTemplate) }
    return menu as unknown as Electron.Menu
  },
} satisfies Pick<typeof Electron.Menu, 'buildFromTemplate'>

export class Tray
  extends EventEmitter
  implements Pick<Electron.Tray, 'setImage' | 'setToolTip' | 'setContextMenu' | 'destroy'>
{
  static readonly instances: Tray[] = []
  tooltip = ''
  menu: FakeMenu | undefined
  destroyed = false
  image: FakeImage

  constructor(image: Electron.NativeImage | string) {
    super()
    if (!app.isReady()) throw new Error('Cannot create Tray before app is ready')
    this.image = typeof image === 'string' ? new FakeImage(image) : (image as unknown as FakeImage)
    Tray.instances.push(this)
  }

  setImage(image: Electron.NativeImage | string): void {
    this.image = typeof image === 'string' ? new FakeImage(image) : (image as unknown as FakeImage)
  }

  setToolTip(tooltip: string): void {
    this.tooltip = tooltip
  }

  setContextMenu(menu: Electron.Menu | null): void {
    this.menu = (menu as unknown as FakeMenu | null) ?? undefined
  }

  destroy(): void {
    this.destroyed = true
  }
}

export class Notification extends EventEmitter implements Pick<Electron.Notification, 'show' | 'close'> {
  static readonly instances: Notification[] = []
  static supported = true
  shown = false
  closed = false

  constructor(readonly options: Electron.NotificationConstructorOptions) {
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

type AppPart =
  | 'requestSingleInstanceLock'
  | 'releaseSingleInstanceLock'
  | 'exit'
  | 'whenReady'
  | 'isReady'
  | 'quit'
  | 'getPath'
  | 'getVersion'
  | 'getName'
  | 'setLoginItemSettings'
  | 'getLoginItemSettings'
  | 'getPreferredSystemLanguages'
  | 'getAppMetrics'
  | 'getAppPath'
  | 'setPath'
  | 'setAppUserModelId'

/** Chromium's command line as app.commandLine shows it; a switch appended after ready has no effect, so it throws. */
class FakeCommandLine implements Pick<Electron.CommandLine, 'appendSwitch' | 'getSwitchValue' | 'hasSwitch'> {
  readonly switches = new Map<string, string>()

  constructor(private readonly isReady: () => boolean) {}

  appendSwitch(name: string, value = ''): void {
    if (this.isReady())
      throw new Error(`the switch --${name} was appended after ready, when Chromium no longer reads it`)
    this.switches.set(name, value)
  }

  getSwitchValue(name: string): string {
    return this.switches.get(name) ?? ''
  }

  hasSwitch(name: string): boolean {
    return this.switches.has(name)
  }
}

const APP_EVENTS_BY_PLATFORM: Record<string, readonly NodeJS.Platform[]> = { activate: ['darwin'] }

class FakeApp extends EventEmitter implements Pick<Electron.App, AppPart> {
  isPackaged = false
  private ready = false
  hasSingleInstanceLock = true
  /** the userData folder when the lock was asked for (the lock is scoped to it), undefined while not asked */
  lockedFolder: string | undefined
  quitCalls = 0
  /** the code app.exit() was called with, undefined while it was not */
  exitCode: number | undefined
  appUserModelId: string | undefined
  readonly commandLine = new FakeCommandLine(() => this.ready)
  readonly defaultUserData = mkdtempSync(join(tmpdir(), 'unknot-fake-userdata-'))
  userData = this.defaultUserData
  loginItem = { openAtLogin: false }
  /** what app.getPreferredSystemLanguages() answers: the OS's languages, most preferred first */
  preferredLanguages: string[] = ['en-US']

  /** the additional data of every lock request, in order */
  readonly lockRequests: unknown[] = []
  lockReleases = 0
  exitCodes: number[] = []

  /**
   * Without the lock, another Unknot holds it: Electron then hands that instance this launch's argv and data in
   * its 'second-instance' event. The fake's primary is the same process, so it gets the event, a turn later (it
   * runs in another process in reality).
   */
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    this.lockRequests.push(additionalData)
    if (this.hasSingleInstanceLock) {
      this.lockedFolder = this.userData
      return true
    }
    const argv = ['/opt/Unknot/unknot', ...this.secondLaunchArgs]
    queueMicrotask(() =>
      this.emit('second-instance', { preventDefault: () => undefined }, argv, '/home/person', additionalData ?? {}),
    )
    return false
  }

  /** the words the next second launch was started with, for its argv */
  secondLaunchArgs: string[] = []

  releaseSingleInstanceLock(): void {
    this.lockReleases++
    this.lockedFolder = undefined
  }

  exit(exitCode = 0): void {
    this.exitCodes.push(exitCode)
    this.exitCode = exitCode
  }

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    emitOnlyWhereItHappens(APP_EVENTS_BY_PLATFORM, 'app', event)
    return super.emit(event, ...args)
  }

  /** Becomes ready on a later turn, as Electron does once its platform is up; 'ready' is emitted once. */
  async whenReady(): Promise<void> {
    await Promise.resolve()
    if (this.ready) return
    this.ready = true
    this.emit('ready')
  }

  isReady(): boolean {
    return this.ready
  }

  /** Between tests: the next test's app has not started yet. */
  forgetReady(): void {
    this.ready = false
  }

  quit(): void {
    this.quitCalls++
  }

  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`the fake knows only the userData path, not ${name}`)
    return this.userData
  }

  setPath(name: string, path: string): void {
    if (name !== 'userData') throw new Error(`the fake knows only the userData path, not ${name}`)
    this.userData = path
  }

  getAppPath(): string {
    return '/opt/unknot-source'
  }

  setAppUserModelId(id: string): void {
    onlyOn(['win32'], 'app.setAppUserModelId')
    this.appUserModelId = id
  }

  getVersion(): string {
    return '0.0.0-test'
  }

  getName(): string {
    return 'Unknot'
  }

  setLoginItemSettings(settings: Electron.Settings): void {
    onlyOn(['darwin', 'win32'], 'app.setLoginItemSettings')
    this.loginItem = { openAtLogin: settings.openAtLogin ?? false }
  }

  getLoginItemSettings(): Electron.LoginItemSettings {
    onlyOn(['darwin', 'win32'], 'app.getLoginItemSettings')
    return {
      openAtLogin: this.loginItem.openAtLogin,
      wasOpenedAtLogin: false,
      status: this.loginItem.openAtLogin ? 'enabled' : 'not-registered',
      executableWillLaunchAtLogin: this.loginItem.openAtLogin,
      launchItems: [],
    }
  }

  getPreferredSystemLanguages(): string[] {
    return [...this.preferredLanguages]
  }

  /** Unknot's processes besides the main one (renderers, the GPU, utility services), as a test starts them. */
  childProcesses: Array<Pick<Electron.ProcessMetric, 'pid' | 'type' | 'serviceName'>> = []

  /** The test process itself, standing in for Unknot's main process, then `childProcesses`. */
  getAppMetrics(): Electron.ProcessMetric[] {
    const main: Pick<Electron.ProcessMetric, 'pid' | 'type'> = { pid: process.pid, type: 'Browser' }
    return [main, ...this.childProcesses].map((child) => ({
      ...child,
      creationTime: 0,
      cpu: { percentCPUUsage: 0, cumulativeCPUUsage: 0, idleWakeupsPerSecond: 0 },
      memory: { workingSetSize: 0, peakWorkingSetSize: 0 },
      sandboxed: child.type !== 'Browser',
    }))
  }
}

export const app = new FakeApp()

type InvokeHandler = Parameters<Electron.IpcMain['handle']>[1]

class FakeIpcMain extends EventEmitter implements Pick<Electron.IpcMain, 'handle' | 'removeHandler'> {
  readonly handlers = new Map<string, InvokeHandler>()

  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }

  /**
   * Calls a handler the way Electron would for a renderer whose frame has `frameUrl`: the arguments and the answer
   * cross the process boundary by structured clone.
   */
  async invoke(channel: string, frameUrl: string | undefined, ...args: unknown[]): Promise<unknown> {
    return this.invokeFrom(new FakeWebContents(), frameUrl, channel, ...args)
  }

  /** The same, from the page of a given window's webContents (`event.sender`), as Electron tells the handler. */
  async invokeFrom(
    sender: FakeWebContents,
    frameUrl: string | undefined,
    channel: string,
    ...args: unknown[]
  ): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    const event = {
      sender,
      senderFrame: frameUrl === undefined ? null : { url: frameUrl },
    } as unknown as Electron.IpcMainInvokeEvent
    return acrossProcesses(await handler(event, ...acrossProcesses(args)))
  }
}

export const ipcMain = new FakeIpcMain()

const POWER_EVENTS_BY_PLATFORM: Record<string, readonly NodeJS.Platform[]> = {
  'lock-screen': ['darwin', 'win32'],
  'unlock-screen': ['darwin', 'win32'],
}

class FakePowerMonitor
  extends EventEmitter
  implements Pick<Electron.PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState'>
{
  idleSeconds = 0
  idleReads = 0
  /** whether the screen is locked, as getSystemIdleState tells it */
  locked = false

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    emitOnlyWhereItHappens(POWER_EVENTS_BY_PLATFORM, 'powerMonitor', event)
    return super.emit(event, ...args)
  }

  getSystemIdleTime(): number {
    this.idleReads++
    return this.idleSeconds
  }

  getSystemIdleState(idleThreshold: number): 'active' | 'idle' | 'locked' | 'unknown' {
    if (this.locked) return 'locked'
    return this.idleSeconds >= idleThreshold ? 'idle' : 'active'
  }
}

export const powerMonitor = new FakePowerMonitor()

type PermissionRequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0]
type PermissionCheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0]

class FakeSession implements Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> {
  permissionRequestHandler: PermissionRequestHandler | undefined
  permissionCheckHandler: PermissionCheckHandler | undefined

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler
  }
}

export const session = { defaultSession: new FakeSession() }

/** macOS's privacy prompt for the camera and microphone: records each question and answers `mediaAccessAnswer`. */
export const systemPreferences = {
  mediaAccessAsked: [] as Array<'microphone' | 'camera'>,
  mediaAccessAnswer: true,
  askForMediaAccess(mediaType: 'microphone' | 'camera'): Promise<boolean> {
    // elsewhere the method does not exist: calling it throws at once, before any promise
    onlyOn(['darwin'], 'systemPreferences.askForMediaAccess')
    systemPreferences.mediaAccessAsked.push(mediaType)
    return Promise.resolve(systemPreferences.mediaAccessAnswer)
  },
} satisfies Offers<Electron.SystemPreferences, 'askForMediaAccess'>

export const shell = {
  opened: [] as string[],
  async openExternal(url: string): Promise<void> {
    shell.opened.push(url)
  },
  async openPath(): Promise<string> {
    return ''
  },
} satisfies Offers<Electron.Shell, 'openExternal' | 'openPath'>

export const dialog = {
  shown: [] as Array<Record<string, unknown>>,
  errorBoxes: [] as Array<{ title: string; content: string }>,
  /** the button index the next message box answers with */
  nextResponse: 0,
  async showMessageBox(options: Electron.MessageBoxOptions): Promise<Electron.MessageBoxReturnValue> {
    dialog.shown.push({ ...options })
    return { response: dialog.nextResponse, checkboxChecked: false }
  },
  showErrorBox(title: string, content: string): void {
    dialog.errorBoxes.push({ title, content })
  },
} satisfies Offers<Electron.Dialog, 'showErrorBox'>

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    contextBridge.exposed.set(key, api)
  },
} satisfies Offers<Electron.ContextBridge, 'exposeInMainWorld'>

class FakeIpcRenderer extends EventEmitter implements Pick<Electron.IpcRenderer, 'invoke'> {
  readonly invoked: Array<{ channel: string; args: unknown[] }> = []

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args: acrossProcesses(args) })
    return undefined
  }
}

export const ipcRenderer = new FakeIpcRenderer()

type ProtocolHandler = (request: Request) => Response | Promise<Response>

export const protocol = {
  privileged: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
    if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    // Electron refuses a code cache for a scheme that is not standard (its cache is keyed by the origin)
    const unkeyed = schemes.find(({ privileges }) => privileges?.codeCache && !privileges.standard)
    if (unkeyed)
      throw new Error('Code cache can only be enabled when the custom scheme is registered as standard scheme.')
    protocol.privileged.push(
      ...schemes.map(({ scheme, privileges }) => ({
        scheme,
        privileges: { ...(privileges as Record<string, boolean>) },
      })),
    )
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!app.isReady()) throw new Error('protocol.handle cannot be called before app is ready')
    protocol.handlers.set(scheme, handler)
  },
} satisfies Offers<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'>

/** net.fetch answers with the URL it was asked for, so a test sees which file a request reached. */
export const net = {
  fetched: [] as string[],
  async fetch(url: string): Promise<Response> {
    net.fetched.push(url)
    return new Response(`contents of ${url}`)
  },
} satisfies Offers<Electron.Net, 'fetch'>

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
  /** whether this app holds the shortcut (Electron says nothing of what other programs hold) */
  isRegistered(accelerator: string): boolean {
    return globalShortcut.registered.has(accelerator)
  },
} satisfies Offers<Electron.GlobalShortcut, 'register' | 'unregister' | 'unregisterAll' | 'isRegistered'>

/** A display `width` wide placed at `x` (side by side, left to right), with every field Electron gives. */
export function fakeDisplay(id: number, x: number, width = 1920, height = 1080): Electron.Display {
  const bounds = { x, y: 0, width, height }
  return {
    id,
    label: `Display ${id}`,
    bounds,
    workArea: { ...bounds, height: height - 40 },
    size: { width, height },
    workAreaSize: { width, height: height - 40 },
    nativeOrigin: { x, y: 0 },
    accelerometerSupport: 'unknown',
    colorDepth: 24,
    colorSpace: 'srgb',
    depthPerComponent: 8,
    detected: true,
    displayFrequency: 60,
    internal: id === 1,
    maximumCursorSize: { width: 64, height: 64 },
    monochrome: false,
    rotation: 0,
    scaleFactor: 1,
    touchSupport: 'unknown',
  }
}

/** The displays and the cursor; plugging a display in or out emits Electron's events. */
class FakeScreen
  extends EventEmitter
  implements
    Pick<Electron.Screen, 'getAllDisplays' | 'getCursorScreenPoint' | 'getDisplayNearestPoint' | 'getPrimaryDisplay'>
{
  displays: Electron.Display[] = [fakeDisplay(1, 0)]
  cursor: Electron.Point = { x: 10, y: 10 }

  getAllDisplays(): Electron.Display[] {
    return [...this.displays]
  }

  getPrimaryDisplay(): Electron.Display {
    return this.displays[0]!
  }

  getCursorScreenPoint(): Electron.Point {
    return { ...this.cursor }
  }

  getDisplayNearestPoint(point: Electron.Point): Electron.Display {
    const inside = this.displays.find(
      ({ bounds }) =>
        point.x >= bounds.x &&
        point.x < bounds.x + bounds.width &&
        point.y >= bounds.y &&
        point.y < bounds.y + bounds.height,
    )
    return inside ?? this.getPrimaryDisplay()
  }

  plugIn(display: Electron.Display): void {
    this.displays.push(display)
    this.emit('display-added', { preventDefault: () => undefined }, display)
  }

  unplug(id: number): void {
    const display = this.displays.find((candidate) => candidate.id === id)
    if (!display) throw new Error(`no display ${id}`)
    this.displays = this.displays.filter((candidate) => candidate !== display)
    this.emit('display-removed', { preventDefault: () => undefined }, display)
  }
}

export const screen = new FakeScreen()

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
  app.lockedFolder = undefined
  app.lockRequests.length = 0
  app.lockReleases = 0
  app.exitCodes = []
  app.secondLaunchArgs = []
  app.forgetReady()
  app.quitCalls = 0
  app.exitCode = undefined
  app.appUserModelId = undefined
  app.commandLine.switches.clear()
  app.isPackaged = false
  app.userData = app.defaultUserData
  powerMonitor.removeAllListeners()
  powerMonitor.idleSeconds = 0
  powerMonitor.idleReads = 0
  powerMonitor.locked = false
  session.defaultSession.permissionRequestHandler = undefined
  session.defaultSession.permissionCheckHandler = undefined
  systemPreferences.mediaAccessAsked.length = 0
  systemPreferences.mediaAccessAnswer = true
  app.childProcesses = []
  shell.opened.length = 0
  contextBridge.exposed.clear()
  ipcRenderer.removeAllListeners()
  ipcRenderer.invoked.length = 0
  globalShortcut.registered.clear()
  globalShortcut.takenElsewhere.clear()
  app.loginItem = { openAtLogin: false }
  app.preferredLanguages = ['en-US']
  dialog.shown.length = 0
  dialog.errorBoxes.length = 0
  dialog.nextResponse = 0
  protocol.privileged.length = 0
  protocol.handlers.clear()
  net.fetched.length = 0
  screen.removeAllListeners()
  screen.displays = [fakeDisplay(1, 0)]
  screen.cursor = { x: 10, y: 10 }
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
  screen,
  session,
  shell,
  systemPreferences,
}

export default electron
