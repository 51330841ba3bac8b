import { describe, expect, it } from 'vitest'
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  nativeImage,
  powerMonitor,
  protocol,
  systemPreferences,
  Tray,
  type FakeMenu,
} from './fake-electron'
import { onPlatform } from './platform'

// The host tests lean on these behaviours of Electron; the fake must show them, or those tests prove nothing.
describe('the fake electron behaves as Electron does', () => {
  it('refuses trays, windows and protocol handlers before ready, and privileged schemes after', async () => {
    expect(() => new Tray(nativeImage.createFromPath('/tray.png'))).toThrow(/before app is ready/)
    expect(() => new BrowserWindow({})).toThrow(/before app is ready/)
    expect(() => protocol.handle('unknot', () => new Response())).toThrow(/before app is ready/)
    expect(() => protocol.registerSchemesAsPrivileged([{ scheme: 'loose', privileges: { codeCache: true } }])).toThrow(
      /registered as standard scheme/,
    )
    protocol.registerSchemesAsPrivileged([{ scheme: 'unknot', privileges: { standard: true } }])
    await app.whenReady()
    expect(() => protocol.registerSchemesAsPrivileged([{ scheme: 'late' }])).toThrow(/before app is ready/)
    expect(new Tray('/tray.png').image.path).toBe('/tray.png')
  })

  it('lets nobody click a disabled menu item', () => {
    const clicked: string[] = []
    const menu = Menu.buildFromTemplate([
      { label: 'Snooze', enabled: false, click: () => clicked.push('snooze') },
      { label: 'More', submenu: [{ label: 'Open', click: () => clicked.push('open') }] },
    ]) as unknown as FakeMenu
    expect(() => menu.items[0]?.click?.()).toThrow(/disabled/)
    menu.items[1]?.submenu?.[0]?.click?.()
    expect(clicked).toEqual(['open'])
  })

  it('passes IPC payloads through structured clone: functions fail, class instances arrive as plain objects', async () => {
    class Point {
      constructor(readonly x: number) {}
    }
    ipcMain.handle('echo', (_event, payload: unknown) => payload)
    const echoed = await ipcMain.invoke('echo', 'unknot://app/', new Point(1))
    expect(echoed).toEqual({ x: 1 })
    expect(echoed).not.toBeInstanceOf(Point)
    await expect(ipcMain.invoke('echo', 'unknot://app/', { callback: () => 1 })).rejects.toThrow(/could not be cloned/)
    await app.whenReady()
    const window = new BrowserWindow({ show: false })
    expect(() => window.webContents.send('snapshot', { render: () => 1 })).toThrow(/could not be cloned/)
  })

  it('tells an IPC handler which page sent the request', async () => {
    await app.whenReady()
    const window = new BrowserWindow({})
    ipcMain.handle('who', (event) => event.sender === (window.webContents as unknown))
    expect(await ipcMain.invokeFrom(window.webContents, 'unknot://app/index.html', 'who')).toBe(true)
    expect(await ipcMain.invoke('who', 'unknot://app/index.html')).toBe(false)
  })

  it('tells ready-to-show after loading, and minimises and restores', async () => {
    await app.whenReady()
    const window = new BrowserWindow({ show: false })
    const events: string[] = []
    for (const name of ['ready-to-show', 'minimize', 'restore']) window.on(name, () => events.push(name))
    expect(window.isVisible()).toBe(false)
    await window.loadURL('unknot://app/index.html')
    window.minimize()
    expect(window.isMinimized()).toBe(true)
    window.show()
    expect(window.isMinimized()).toBe(false)
    expect(events).toEqual(['ready-to-show', 'minimize', 'restore'])
  })
})

describe('the fake electron refuses what exists only on other platforms', () => {
  it('login items and the app user model id, by platform', () => {
    onPlatform('linux')
    expect(() => app.setLoginItemSettings({ openAtLogin: true })).toThrow(/only on darwin, win32/)
    expect(() => app.getLoginItemSettings()).toThrow(/only on darwin, win32/)
    expect(() => app.setAppUserModelId('org.unknot.desktop')).toThrow(/only on win32/)
  })

  it('the Dock activate event off macOS, and the screen lock events on Linux', () => {
    onPlatform('linux')
    expect(() => app.emit('activate')).toThrow(/only on darwin/)
    expect(() => powerMonitor.emit('lock-screen')).toThrow(/only on darwin, win32/)
    expect(() => powerMonitor.emit('unlock-screen')).toThrow(/only on darwin, win32/)
  })

  it('has no camera access prompt off macOS', () => {
    onPlatform('linux')
    expect(() => systemPreferences.askForMediaAccess('camera')).toThrow(/only on darwin/)
  })

  it('asks for camera access on macOS', async () => {
    onPlatform('darwin')
    expect(await systemPreferences.askForMediaAccess('camera')).toBe(true)
    expect(systemPreferences.mediaAccessAsked).toEqual(['camera'])
  })

  it('workspaces on macOS and Linux only, and over full-screen apps on macOS only', async () => {
    await app.whenReady()
    const window = new BrowserWindow({ show: false })
    onPlatform('win32')
    expect(() => window.setVisibleOnAllWorkspaces(true)).toThrow(/only on darwin, linux/)
    onPlatform('linux')
    expect(() => window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true })).toThrow(/only on darwin/)
    window.setVisibleOnAllWorkspaces(true)
    expect(window.isVisibleOnAllWorkspaces()).toBe(true)
    onPlatform('darwin')
    window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true })
    expect(window.visibleOnFullScreen).toBe(true)
    window.destroy()
  })

  it('offers them where they exist', () => {
    onPlatform('win32')
    app.setAppUserModelId('org.unknot.desktop')
    expect(app.appUserModelId).toBe('org.unknot.desktop')
    expect(powerMonitor.emit('lock-screen')).toBe(false)
  })

  it('takes Chromium switches only before ready', async () => {
    app.commandLine.appendSwitch('enable-features', 'A')
    await app.whenReady()
    expect(() => app.commandLine.appendSwitch('enable-features', 'B')).toThrow(/after ready/)
    expect(app.commandLine.getSwitchValue('enable-features')).toBe('A')
  })
})
