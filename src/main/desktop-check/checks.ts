import { globalShortcut, Notification, powerMonitor } from 'electron'
import {
  desktopCheckRequestSchema,
  notSeenOn,
  watchIdle,
  type DesktopCheckAnswer,
  type Finding,
} from '../../shared/desktop-check'
import type { Translate } from '../../shared/i18n'
import type { Timers } from '../../shared/kernel/time'
import type { Settings } from '../../shared/settings'
import { msg } from '../../shared/i18n'
import { startAtLoginState, type LoginStart } from '../login-item'
import { onlyOptionOrShift } from '../stretch-shortcut'
import { trayHostLikely, type DesktopFacts } from '../tray-host'

export interface DesktopCheckDeps {
  timers: Timers
  /** the system settings as they are now */
  system: () => Settings['system']
  t: Translate
  facts?: DesktopFacts
  loginStart?: LoginStart
}

const NOT_A_CHECK = msg('That is not a check Unknot can run.')

/** Sends a test notification; whether it was seen is the person's word, so the answer asks for it. */
export function notificationsCheck(t: Translate, platform: NodeJS.Platform): DesktopCheckAnswer {
  if (!Notification.isSupported()) return { ok: true, finding: 'notifications-unsupported' }
  new Notification({
    title: t('Unknot: test notification'),
    body: t('If you can read this, notifications work.'),
  }).show()
  return { ok: true, ask: { yes: 'notifications-seen', no: notSeenOn(platform) } }
}

/** Stock GNOME hides tray icons unless an AppIndicator extension is there (see tray-host.ts); the rest show them. */
export function trayCheck(facts?: DesktopFacts): Finding {
  const platform = facts?.platform ?? process.platform
  const env = facts?.env ?? process.env
  const onGnome = platform === 'linux' && (env['XDG_CURRENT_DESKTOP'] ?? '').toLowerCase().split(':').includes('gnome')
  if (!onGnome) return 'tray-available'
  return trayHostLikely(facts) ? 'tray-gnome-extension' : 'tray-gnome-missing'
}

export function loginCheck(system: Settings['system'], where?: LoginStart): Finding {
  if (!system.startAtLogin) return 'login-off'
  const state = startAtLoginState(where)
  if (state === 'registered') return 'login-on'
  const platform = where?.platform ?? process.platform
  if (platform === 'darwin' || platform === 'win32') return 'login-missing'
  return state === 'stale' ? 'login-autostart-stale' : 'login-autostart-missing'
}

/** Whether Unknot holds the shortcut it was asked for: Electron says only that registering it failed. */
export function shortcutCheck(system: Settings['system']): Finding {
  if (!system.stretchShortcutEnabled) return 'shortcut-off'
  if (process.platform === 'darwin' && onlyOptionOrShift(system.stretchShortcut)) return 'shortcut-mac-modifiers'
  return globalShortcut.isRegistered(system.stretchShortcut) ? 'shortcut-works' : 'shortcut-taken'
}

/** "Check my desktop" in the desktop app: each request validated, then the one check it names. */
export function desktopChecks(deps: DesktopCheckDeps): (raw: unknown) => Promise<DesktopCheckAnswer> {
  return async (raw) => {
    const request = desktopCheckRequestSchema.safeParse(raw)
    if (!request.success) return { ok: false, error: deps.t(NOT_A_CHECK) }
    switch (request.data.check) {
      case 'notifications':
        return notificationsCheck(deps.t, deps.facts?.platform ?? process.platform)
      case 'idle':
        return { ok: true, finding: await watchIdle(deps.timers, () => powerMonitor.getSystemIdleTime()) }
      case 'tray':
        return { ok: true, finding: trayCheck(deps.facts) }
      case 'login':
        return { ok: true, finding: loginCheck(deps.system(), deps.loginStart) }
      case 'shortcut':
        return { ok: true, finding: shortcutCheck(deps.system()) }
    }
  }
}
