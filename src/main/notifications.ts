import { Notification } from 'electron'
import type { Alert } from '../shared/hosting/alerts'

/**
 * Shows alerts as system notifications, one per tag (a repeat replaces the previous one, so an end alert that
 * repeats every minute never piles up). A click opens the screen the alert is about.
 */
export function createNotifier(open: (screen: Alert['opens']) => void): (alert: Alert) => void {
  const shown = new Map<string, Notification>()
  return (alert) => {
    if (!Notification.isSupported()) return
    shown.get(alert.tag)?.close()
    const notification = new Notification({
      title: alert.title,
      body: alert.body,
      urgency: alert.requireInteraction ? 'critical' : alert.quiet ? 'low' : 'normal',
      silent: alert.quiet ?? false,
      timeoutType: alert.requireInteraction ? 'never' : 'default',
    })
    notification.on('click', () => open(alert.opens))
    notification.show()
    shown.set(alert.tag, notification)
  }
}
