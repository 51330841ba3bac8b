import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

export interface DesktopFacts {
  platform: NodeJS.Platform
  env: NodeJS.ProcessEnv
  home: string
  exists: (path: string) => boolean
}

/** The GNOME Shell extensions that host tray icons (StatusNotifierItem / AppIndicator). */
const APPINDICATOR_EXTENSIONS = ['appindicatorsupport@rgcjonas.gmail.com', 'ubuntu-appindicators@ubuntu.com']

/**
 * Whether a tray icon is likely to be shown. This is a guess from what can be read cheaply, not a probe of the
 * StatusNotifier host: macOS, Windows and the Linux desktops other than GNOME show tray icons; stock GNOME does not,
 * unless an AppIndicator extension is installed (Ubuntu's GNOME ships one). An installed extension may be turned
 * off, and a tray host on a desktop we do not know of is taken as present: both go unseen.
 */
export function trayHostLikely(facts: DesktopFacts = thisDesktop()): boolean {
  if (facts.platform !== 'linux') return true
  const desktops = (facts.env['XDG_CURRENT_DESKTOP'] ?? '').toLowerCase().split(':')
  if (!desktops.includes('gnome')) return true
  if (desktops.includes('ubuntu')) return true
  const dataHome = facts.env['XDG_DATA_HOME'] || join(facts.home, '.local/share')
  const dataDirs = (facts.env['XDG_DATA_DIRS'] || '/usr/local/share:/usr/share').split(':')
  return [dataHome, ...dataDirs].some((dir) =>
    APPINDICATOR_EXTENSIONS.some((uuid) => facts.exists(join(dir, 'gnome-shell/extensions', uuid))),
  )
}

function thisDesktop(): DesktopFacts {
  return { platform: process.platform, env: process.env, home: homedir(), exists: existsSync }
}
