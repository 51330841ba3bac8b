import type { Alert } from '../../../shared/hosting/alerts'

/**
 * The web companion's notifications: the browser's Notification API once the person has allowed it (asking
 * needs a click, see `requestNotificationPermission`). One per tag: a repeat replaces the previous one.
 */
export function browserNotifier(open: (screen: Alert['opens']) => void): (alert: Alert) => void {
  return (alert) => {
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return
    const notification = new Notification(alert.title, {
      body: alert.body,
      tag: alert.tag,
      requireInteraction: alert.requireInteraction ?? false,
      silent: alert.quiet ?? false,
    })
    notification.onclick = () => {
      window.focus()
      open(alert.opens)
      notification.close()
    }
  }
}

export type NotificationPermissionState = 'granted' | 'denied' | 'default' | 'unsupported'

export function notificationPermission(): NotificationPermissionState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission
}

export async function requestNotificationPermission(): Promise<NotificationPermissionState> {
  if (typeof Notification === 'undefined') return 'unsupported'
  return Notification.requestPermission()
}
