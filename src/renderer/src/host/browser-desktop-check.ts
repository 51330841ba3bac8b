import {
  desktopCheckRequestSchema,
  watchIdle,
  type DesktopCheckAnswer,
  type DesktopCheckRequest,
} from '../../../shared/desktop-check'
import { msg, type Translate } from '../../../shared/i18n'
import type { Timers } from '../../../shared/kernel/time'
import { notificationPermission, requestNotificationPermission } from './browser-notifications'
import { pageActivityIdleSource } from './browser-idle'

/**
 * "Check my desktop" in the web companion, run by the page itself: notifications through the browser's permission
 * and a test notification, idle time through this page's own input tracking. The tray, starting at login and a
 * global shortcut belong to the desktop app, and are said not to apply here.
 */
export function browserDesktopCheck(
  timers: Timers,
  t: Translate,
  page: Window = window,
): (request: DesktopCheckRequest) => Promise<DesktopCheckAnswer> {
  return async (raw) => {
    const request = desktopCheckRequestSchema.safeParse(raw)
    if (!request.success) return { ok: false, error: t(msg('That is not a check Unknot can run.')) }
    switch (request.data.check) {
      case 'notifications':
        return notificationsCheck(t)
      case 'idle': {
        const source = pageActivityIdleSource(page)
        try {
          return { ok: true, finding: await watchIdle(timers, () => source.idleSeconds()) }
        } finally {
          source.stop()
        }
      }
      case 'tray':
        return { ok: true, finding: 'tray-none-in-browser' }
      case 'login':
        return { ok: true, finding: 'login-desktop-only' }
      case 'shortcut':
        return { ok: true, finding: 'shortcut-desktop-only' }
    }
  }
}

/** Asked from the click that started the check, as browsers want; a permission refused is the finding. */
async function notificationsCheck(t: Translate): Promise<DesktopCheckAnswer> {
  let permission = notificationPermission()
  if (permission === 'unsupported') return { ok: true, finding: 'notifications-unavailable' }
  if (permission === 'default') permission = await requestNotificationPermission()
  if (permission !== 'granted') return { ok: true, finding: 'notifications-blocked' }
  new Notification(t('Unknot: test notification'), {
    body: t('If you can read this, notifications work.'),
    tag: 'desktop-check',
  })
  return { ok: true, ask: { yes: 'notifications-seen', no: 'notifications-not-seen-browser' } }
}
