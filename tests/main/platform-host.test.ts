import { describe, expect, it } from 'vitest'
import { app, BrowserWindow, Notification } from './fake-electron'
import { onPlatform } from './platform'
import { prepareBeforeReady } from '../../src/main/before-ready'
import { trayHostLikely, type DesktopFacts } from '../../src/main/tray-host'
import { keepAWayBackWithoutTray } from '../../src/main/window-without-tray'
import { hostLanguage } from '../../src/main/language'
import type { Notice } from '../../src/shared/contract/contract'

describe('before ready', () => {
  it('packaged, keeps the data folder the OS gives the app, and sets no Windows id off Windows', () => {
    onPlatform('darwin')
    app.isPackaged = true
    prepareBeforeReady()
    expect(app.getPath('userData')).toBe(app.defaultUserData)
    expect(app.appUserModelId).toBeUndefined()
    expect(app.commandLine.hasSwitch('enable-features')).toBe(false)
  })

  it('asks for the GlobalShortcuts portal once, even when the command line already did', () => {
    onPlatform('linux')
    app.commandLine.appendSwitch('enable-features', 'GlobalShortcutsPortal')
    prepareBeforeReady()
    expect(app.commandLine.getSwitchValue('enable-features')).toBe('GlobalShortcutsPortal')
  })
})

describe('whether a tray icon can show', () => {
  const linux = (env: NodeJS.ProcessEnv, installed: string[] = []): DesktopFacts => ({
    platform: 'linux',
    env,
    home: '/home/ana',
    exists: (path) => installed.includes(path),
  })

  it('is taken for granted on macOS, Windows and Linux desktops other than GNOME', () => {
    const facts = { env: { XDG_CURRENT_DESKTOP: 'GNOME' }, home: '/home/ana', exists: () => false }
    expect(trayHostLikely({ ...facts, platform: 'darwin' })).toBe(true)
    expect(trayHostLikely({ ...facts, platform: 'win32' })).toBe(true)
    expect(trayHostLikely(linux({ XDG_CURRENT_DESKTOP: 'KDE' }))).toBe(true)
    expect(trayHostLikely(linux({ XDG_CURRENT_DESKTOP: 'X-Cinnamon' }))).toBe(true)
  })

  it('is doubted on stock GNOME, and not on Ubuntu GNOME or where an AppIndicator extension is installed', () => {
    expect(trayHostLikely(linux({ XDG_CURRENT_DESKTOP: 'GNOME' }))).toBe(false)
    expect(trayHostLikely(linux({ XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }))).toBe(true)
    const userExtension = '/home/ana/.local/share/gnome-shell/extensions/appindicatorsupport@rgcjonas.gmail.com'
    expect(trayHostLikely(linux({ XDG_CURRENT_DESKTOP: 'GNOME' }, [userExtension]))).toBe(true)
    const systemExtension = '/usr/share/gnome-shell/extensions/appindicatorsupport@rgcjonas.gmail.com'
    expect(trayHostLikely(linux({ XDG_CURRENT_DESKTOP: 'GNOME' }, [systemExtension]))).toBe(true)
  })
})

describe('without a tray icon', () => {
  async function windowWithoutTray() {
    const notices: Notice[] = []
    keepAWayBackWithoutTray({
      companion: { notify: (notice) => notices.push(notice) },
      t: hostLanguage('en').t,
      hasTrayHost: false,
    })
    await app.whenReady()
    return { window: new BrowserWindow({}), notices }
  }

  it('closing the window minimises it, and the first time says why and where a tray icon comes from', async () => {
    const { window, notices } = await windowWithoutTray()
    window.close()
    expect(window.isDestroyed()).toBe(false)
    expect(window.isMinimized()).toBe(true)
    expect(notices.map(({ id }) => id)).toEqual(['no-tray'])
    expect(notices[0]?.text).toContain('AppIndicator and KStatusNotifierItem Support')
    expect(Notification.instances.map(({ shown }) => shown)).toEqual([true])
    window.restore()
    window.close()
    expect(window.isMinimized()).toBe(true)
    expect(notices).toHaveLength(1)
    expect(Notification.instances).toHaveLength(1)
  })

  it('a quit still closes it, unless the quit was called off', async () => {
    const { window } = await windowWithoutTray()
    const keepRunning = (event: { preventDefault: () => void }) => event.preventDefault()
    app.on('before-quit', keepRunning)
    const quit = () => {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
      app.emit('before-quit', event)
    }
    quit()
    await Promise.resolve()
    window.close()
    expect(window.isDestroyed()).toBe(false)
    app.removeListener('before-quit', keepRunning)
    quit()
    window.close()
    expect(window.isDestroyed()).toBe(true)
  })

  it('with a tray icon, closing the window closes it', async () => {
    keepAWayBackWithoutTray({ companion: { notify: () => undefined }, t: hostLanguage('en').t, hasTrayHost: true })
    await app.whenReady()
    const window = new BrowserWindow({})
    window.close()
    expect(window.isDestroyed()).toBe(true)
  })
})
