import { afterEach, describe, expect, it, vi } from 'vitest'
import { browserNotifier } from '../../src/renderer/src/host/browser-notifications'

class FakeNotification {
  static permission: NotificationPermission = 'granted'
  static made: FakeNotification[] = []
  onclick: (() => void) | null = null
  closed = false
  constructor(
    readonly title: string,
    readonly options: NotificationOptions,
  ) {
    FakeNotification.made.push(this)
  }
  close() {
    this.closed = true
  }
}

const alert = { tag: 'therapy-end', title: 'Time is up', body: 'Take it off', opens: 'therapy' as const }

describe('browser notifications', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    FakeNotification.made = []
  })

  it('shows an alert with its tag once allowed, and a click opens its screen', () => {
    vi.stubGlobal('Notification', FakeNotification)
    const opened: string[] = []
    browserNotifier((screen) => opened.push(screen))({ ...alert, requireInteraction: true })
    const [shown] = FakeNotification.made
    expect(shown?.title).toBe('Time is up')
    expect(shown?.options).toEqual({ body: 'Take it off', tag: 'therapy-end', requireInteraction: true, silent: false })
    shown?.onclick?.()
    expect(opened).toEqual(['therapy'])
    expect(shown?.closed).toBe(true)
  })

  it('shows nothing until the person allows notifications, or where there are none', () => {
    FakeNotification.permission = 'default'
    vi.stubGlobal('Notification', FakeNotification)
    browserNotifier(() => undefined)(alert)
    expect(FakeNotification.made).toHaveLength(0)
    vi.stubGlobal('Notification', undefined)
    expect(() => browserNotifier(() => undefined)(alert)).not.toThrow()
    FakeNotification.permission = 'granted'
  })
})
