import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { globalShortcut, Notification, powerMonitor } from './fake-electron'
import type * as FakeElectron from './fake-electron'
import { onPlatform } from './platform'
import { PATIENTLY } from './patience'
import { desktopChecks, loginCheck, shortcutCheck, trayCheck } from '../../src/main/desktop-check/checks'
import { hostLanguage } from '../../src/main/language'
import { applyStartAtLogin, type LoginStart } from '../../src/main/login-item'
import { StretchShortcut } from '../../src/main/stretch-shortcut'
import type { DesktopCheckAnswer } from '../../src/shared/desktop-check'
import { defaultSettings } from '../../src/shared/settings'
import { ManualClock } from '../support/manual-clock'

const english = hostLanguage('en').t
const system = defaultSettings().system

function checksOn(clock: ManualClock, settings = system, facts?: Parameters<typeof trayCheck>[0]) {
  return desktopChecks({ timers: clock, t: english, system: () => settings, ...(facts ? { facts } : {}) })
}

function linuxHome(): LoginStart {
  return { platform: 'linux', env: {}, home: mkdtempSync(join(tmpdir(), 'unknot-home-')), command: ['/opt/Unknot'] }
}

/** A Linux desktop whose data folders are a fresh home's, with an AppIndicator extension installed when named. */
function desktop(env: NodeJS.ProcessEnv, extension?: string) {
  const home = mkdtempSync(join(tmpdir(), 'unknot-home-'))
  const dataHome = join(home, '.local/share')
  if (extension) mkdirSync(join(dataHome, 'gnome-shell/extensions', extension), { recursive: true })
  return {
    platform: 'linux' as const,
    env: { ...env, XDG_DATA_HOME: dataHome, XDG_DATA_DIRS: join(home, 'system') },
    home,
    exists: existsSync,
  }
}

describe('Check my desktop, in the desktop app', () => {
  it('sends a test notification and asks the person, with the fix for this platform if they did not see it', async () => {
    onPlatform('darwin')
    const answer = await checksOn(new ManualClock(0))({ check: 'notifications' })
    expect(Notification.instances.map((shown) => [shown.options.title, shown.shown])).toEqual([
      ['Unknot: test notification', true],
    ])
    expect(answer).toEqual({ ok: true, ask: { yes: 'notifications-seen', no: 'notifications-not-seen-mac' } })
  })

  it('says a desktop with no notification service has none, without trying to show one', async () => {
    Notification.supported = false
    expect(await checksOn(new ManualClock(0))({ check: 'notifications' })).toEqual({
      ok: true,
      finding: 'notifications-unsupported',
    })
    expect(Notification.instances).toHaveLength(0)
  })

  it('watches idle seconds on the host’s timers: stuck at 0 for a minute is the Wayland case', async () => {
    const clock = new ManualClock(0)
    let answer: DesktopCheckAnswer | undefined
    void checksOn(clock)({ check: 'idle' }).then((found) => (answer = found))
    clock.advance(59_000)
    await Promise.resolve()
    expect(answer).toBeUndefined()
    clock.advance(1_000)
    await vi.waitFor(() => expect(answer).toEqual({ ok: true, finding: 'idle-stuck-at-zero' }))
    expect(powerMonitor.idleReads).toBe(61)
  })

  it('finds idle time working once it grows and falls back when the person types', async () => {
    const clock = new ManualClock(0)
    let answer: DesktopCheckAnswer | undefined
    void checksOn(clock)({ check: 'idle' }).then((found) => (answer = found))
    powerMonitor.idleSeconds = 3
    clock.advance(1_000)
    powerMonitor.idleSeconds = 0
    clock.advance(1_000)
    await vi.waitFor(() => expect(answer).toEqual({ ok: true, finding: 'idle-moves' }))
  })

  it('explains GNOME’s missing tray, sees an AppIndicator extension, and takes other desktops as showing one', () => {
    expect(trayCheck(desktop({ XDG_CURRENT_DESKTOP: 'GNOME' }))).toBe('tray-gnome-missing')
    expect(trayCheck(desktop({ XDG_CURRENT_DESKTOP: 'GNOME' }, 'appindicatorsupport@rgcjonas.gmail.com'))).toBe(
      'tray-gnome-extension',
    )
    expect(trayCheck(desktop({ XDG_CURRENT_DESKTOP: 'KDE' }))).toBe('tray-available')
    expect(trayCheck({ ...desktop({ XDG_CURRENT_DESKTOP: 'GNOME' }), platform: 'darwin' })).toBe('tray-available')
  })

  it('checks the autostart entry on Linux: missing, written, then starting another Unknot', () => {
    const where = linuxHome()
    expect(loginCheck(system, where)).toBe('login-off')
    const on = { ...system, startAtLogin: true }
    expect(loginCheck(on, where)).toBe('login-autostart-missing')
    applyStartAtLogin(true, where)
    expect(loginCheck(on, where)).toBe('login-on')
    expect(loginCheck(on, { ...where, command: ['/home/ana/Unknot-0.2.0.AppImage'] })).toBe('login-autostart-stale')
  })

  it.each(['darwin', 'win32'] as const)('asks the login item settings on %s', (platform) => {
    onPlatform(platform)
    const on = { ...system, startAtLogin: true }
    expect(loginCheck(on, { ...linuxHome(), platform })).toBe('login-missing')
    applyStartAtLogin(true)
    expect(loginCheck(on, { ...linuxHome(), platform })).toBe('login-on')
  })

  it('says the shortcut is taken when another program holds it, and works once Unknot has it', () => {
    const on = { ...system, stretchShortcutEnabled: true }
    expect(shortcutCheck(system)).toBe('shortcut-off')
    globalShortcut.takenElsewhere.add(on.stretchShortcut)
    const shortcut = new StretchShortcut(() => undefined, english)
    shortcut.apply(on)
    expect(shortcutCheck(on)).toBe('shortcut-taken')
    const other = { ...on, stretchShortcut: 'CommandOrControl+Alt+K' }
    shortcut.apply(other)
    expect(shortcutCheck(other)).toBe('shortcut-works')
  })

  it('says macOS will not pass on an Option+Shift shortcut', () => {
    onPlatform('darwin')
    expect(shortcutCheck({ ...system, stretchShortcutEnabled: true, stretchShortcut: 'Alt+Shift+S' })).toBe(
      'shortcut-mac-modifiers',
    )
  })

  it('refuses a request that names no check, in plain words', async () => {
    const check = checksOn(new ManualClock(0))
    for (const request of [null, {}, { check: 'camera' }, { check: 'tray', extra: 1 }])
      expect(await check(request)).toEqual({ ok: false, error: 'That is not a check Unknot can run.' })
  })
})

async function fakeElectron(): Promise<typeof FakeElectron> {
  return (await import('electron')) as unknown as typeof FakeElectron
}

describe('Check my desktop through the composition root', () => {
  afterEach(async () => {
    const { app } = await fakeElectron()
    app.emit('will-quit')
    vi.resetModules()
  })

  it('serves the checks to our page, and a kept problem puts a warning in the tray that opens Settings', async () => {
    const fake = await fakeElectron()
    fake.resetFakeElectron()
    await import('../../src/main/index')
    await vi.waitFor(() => expect(fake.Tray.instances).toHaveLength(1), PATIENTLY)
    const page = 'unknot://app/index.html'
    expect(await fake.ipcMain.invoke('unknot:checkDesktop', page, { check: 'shortcut' })).toEqual({
      ok: true,
      finding: 'shortcut-off',
    })
    await fake.ipcMain.invoke('unknot:dispatch', page, {
      type: 'recordDesktopCheck',
      payload: { finding: 'idle-stuck-at-zero' },
    })
    const warning = () =>
      fake.Tray.instances[0]?.menu?.items.find((item) => item.label?.startsWith('⚠ Check my desktop'))
    await vi.waitFor(() => expect(warning()?.label).toBe('⚠ Check my desktop: 1 problem'), PATIENTLY)
    warning()?.click?.()
    const [window] = fake.BrowserWindow.instances
    await vi.waitFor(
      () =>
        expect(window?.webContents.sent).toContainEqual({
          channel: 'unknot:navigate',
          payload: { screen: 'settings' },
        }),
      PATIENTLY,
    )

    await fake.ipcMain.invoke('unknot:dispatch', page, {
      type: 'recordDesktopCheck',
      payload: { finding: 'idle-moves' },
    })
    await vi.waitFor(() => expect(warning()).toBeUndefined(), PATIENTLY)
  })
})
