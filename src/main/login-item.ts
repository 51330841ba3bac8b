import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { app } from 'electron'

/** Where this desktop reads what to start at login, and the command that starts Unknot. */
export interface LoginStart {
  platform: NodeJS.Platform
  env: NodeJS.ProcessEnv
  home: string
  /** the program and its arguments */
  command: readonly string[]
}

/**
 * The running Unknot: the AppImage file (its executable is inside a mount that goes away) or the executable; run
 * from source, the executable is Electron's own, which needs the app's folder.
 */
export function thisLoginStart(): LoginStart {
  const program = process.env['APPIMAGE'] || process.execPath
  return {
    platform: process.platform,
    env: process.env,
    home: homedir(),
    command: app.isPackaged ? [program] : [program, app.getAppPath()],
  }
}

/**
 * Starts Unknot at login when `enabled`, and no longer when not. macOS and Windows keep login items themselves
 * (app.setLoginItemSettings); elsewhere Electron's call does nothing, so an XDG autostart entry is written or removed,
 * which GNOME, KDE, Xfce and the other desktops following the freedesktop.org spec read at login.
 */
export function applyStartAtLogin(enabled: boolean, where: LoginStart = thisLoginStart()): void {
  if (where.platform === 'darwin' || where.platform === 'win32') {
    if (app.getLoginItemSettings().openAtLogin !== enabled) app.setLoginItemSettings({ openAtLogin: enabled })
    return
  }
  const file = autostartFile(where)
  if (!enabled) {
    rmSync(file, { force: true })
    return
  }
  const entry = autostartEntry(where.command)
  if (existsSync(file) && readFileSync(file, 'utf8') === entry) return
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(file, entry)
}

/**
 * Whether the system will start Unknot at login as `applyStartAtLogin(true)` set it up: the login item (macOS,
 * Windows), or the autostart entry, which may be missing or start Unknot from where it no longer is.
 */
export function startAtLoginState(where: LoginStart = thisLoginStart()): 'registered' | 'missing' | 'stale' {
  if (where.platform === 'darwin' || where.platform === 'win32')
    return app.getLoginItemSettings().openAtLogin ? 'registered' : 'missing'
  const file = autostartFile(where)
  if (!existsSync(file)) return 'missing'
  return readFileSync(file, 'utf8') === autostartEntry(where.command) ? 'registered' : 'stale'
}

/** `$XDG_CONFIG_HOME/autostart/unknot.desktop`, `~/.config/autostart/unknot.desktop` when that is unset. */
export function autostartFile({ env, home }: Pick<LoginStart, 'env' | 'home'>): string {
  const configHome = env['XDG_CONFIG_HOME']?.startsWith('/') ? env['XDG_CONFIG_HOME'] : join(home, '.config')
  return join(configHome, 'autostart', 'unknot.desktop')
}

export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Unknot',
    'Comment=Break reminders and guided stretches',
    `Exec=${command.map(execArgument).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

/**
 * One argument of an Exec line, as the Desktop Entry Specification wants it: quoted when it holds a space or a
 * reserved character, with `"`, `` ` ``, `$` and `\` escaped inside the quotes, and `%` doubled (a field code
 * otherwise). Then every backslash is doubled once more, as the string value of a desktop file is unescaped first.
 */
export function execArgument(argument: string): string {
  const percent = argument.replaceAll('%', '%%')
  const quoted = /[\s"'\\><~|&;$*?#()`]/.test(percent) ? `"${percent.replace(/["`$\\]/g, '\\$&')}"` : percent
  return quoted.replaceAll('\\', '\\\\')
}
