import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { app } from './fake-electron'
import { onPlatform } from './platform'
import { applyStartAtLogin, autostartFile, execArgument, type LoginStart } from '../../src/main/login-item'

function linuxHome(env: NodeJS.ProcessEnv = {}): LoginStart {
  return {
    platform: 'linux',
    env,
    home: mkdtempSync(join(tmpdir(), 'unknot-home-')),
    command: ['/home/ana/Apps/Unknot-0.1.0.AppImage'],
  }
}

describe('start at login on macOS and Windows', () => {
  it.each(['darwin', 'win32'] as const)('on %s follows the setting through the login item settings', (platform) => {
    onPlatform(platform)
    applyStartAtLogin(true)
    expect(app.loginItem.openAtLogin).toBe(true)
    applyStartAtLogin(false)
    expect(app.loginItem.openAtLogin).toBe(false)
  })
})

describe('start at login on Linux (an XDG autostart entry)', () => {
  it('writes ~/.config/autostart/unknot.desktop that starts this Unknot, and removes it when turned off', () => {
    const where = linuxHome()
    const file = join(where.home, '.config/autostart/unknot.desktop')
    applyStartAtLogin(true, where)
    const entry = readFileSync(file, 'utf8')
    expect(entry.split('\n')[0]).toBe('[Desktop Entry]')
    expect(entry).toContain('\nType=Application\n')
    expect(entry).toContain('\nName=Unknot\n')
    expect(entry).toContain('\nExec=/home/ana/Apps/Unknot-0.1.0.AppImage\n')
    applyStartAtLogin(false, where)
    expect(existsSync(file)).toBe(false)
    // turning off what is already off is no error
    applyStartAtLogin(false, where)
  })

  it('honours XDG_CONFIG_HOME when it is an absolute path, and ignores a relative one (as the spec says)', () => {
    const home = linuxHome().home
    const config = mkdtempSync(join(tmpdir(), 'unknot-config-'))
    expect(autostartFile({ home, env: { XDG_CONFIG_HOME: config } })).toBe(join(config, 'autostart/unknot.desktop'))
    expect(autostartFile({ home, env: { XDG_CONFIG_HOME: 'relative' } })).toBe(
      join(home, '.config/autostart/unknot.desktop'),
    )
    applyStartAtLogin(true, { ...linuxHome({ XDG_CONFIG_HOME: config }), home })
    expect(existsSync(join(config, 'autostart/unknot.desktop'))).toBe(true)
    expect(existsSync(join(home, '.config'))).toBe(false)
  })

  it('runs the AppImage when Unknot runs from one, else the executable (with the app folder, from source)', () => {
    onPlatform('linux')
    const config = process.env['XDG_CONFIG_HOME'] ?? ''
    const file = join(config, 'autostart/unknot.desktop')
    const exec = () => /^Exec=(.*)$/m.exec(readFileSync(file, 'utf8'))?.[1]
    const appImage = process.env['APPIMAGE']
    try {
      process.env['APPIMAGE'] = '/home/ana/Unknot.AppImage'
      applyStartAtLogin(true)
      expect(exec()).toBe(`/home/ana/Unknot.AppImage ${app.getAppPath()}`)
      app.isPackaged = true
      applyStartAtLogin(true)
      expect(exec()).toBe('/home/ana/Unknot.AppImage')
      delete process.env['APPIMAGE']
      applyStartAtLogin(true)
      expect(exec()).toBe(execArgument(process.execPath))
    } finally {
      if (appImage === undefined) delete process.env['APPIMAGE']
      else process.env['APPIMAGE'] = appImage
      applyStartAtLogin(false)
    }
  })

  it('quotes a path with spaces or reserved characters and doubles a percent sign, as the Exec key wants', () => {
    expect(execArgument('/opt/Unknot/unknot')).toBe('/opt/Unknot/unknot')
    expect(execArgument('/home/ana/My Apps/Unknot.AppImage')).toBe('"/home/ana/My Apps/Unknot.AppImage"')
    expect(execArgument('/home/ana/100%/unknot')).toBe('/home/ana/100%%/unknot')
    // inside quotes $ is escaped with a backslash, which the desktop file's own string escaping doubles
    expect(execArgument('/home/ana/$HOME/unknot')).toBe('"/home/ana/\\\\$HOME/unknot"')
  })

  it('never asks Electron for login items on Linux, where that call does nothing', () => {
    onPlatform('linux')
    expect(() => app.setLoginItemSettings({ openAtLogin: true })).toThrow(/only on darwin, win32/)
    applyStartAtLogin(true, linuxHome())
    expect(app.loginItem.openAtLogin).toBe(false)
  })
})
