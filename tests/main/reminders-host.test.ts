import { beforeEach, describe, expect, it } from 'vitest'
import { app, BrowserWindow, type FakeMenuItem, Notification, powerMonitor } from './fake-electron'
import { ManualClock, MINUTE_MS } from '../../src/shared/time'
import { companionOn, trayAndAlerts, watchIdle } from './desktop-host'

// These pieces run after the app's ready event, as the composition root starts them.
beforeEach(() => app.whenReady())

/** The desktop host as index.ts composes it, on a fake clock and a fake electron, with no window open. */
function desktop(start = '2026-11-25T09:00:00Z') {
  const clock = new ManualClock(Date.parse(start))
  const companion = companionOn(clock)
  const { tray, opened } = trayAndAlerts(companion, clock)
  watchIdle(companion, clock)
  const click = (label: string) => {
    const all = (tray.menu?.items ?? []).flatMap((item: FakeMenuItem) =>
      Array.isArray(item.submenu) ? [item, ...item.submenu] : [item],
    )
    const item = all.find((entry) => entry.label === label)
    if (!item?.click) throw new Error(`no menu item "${label}"`)
    item.click()
  }
  return { clock, companion, tray, click, opened }
}

const breakNotifications = () => Notification.instances.filter((n) => n.options.title === 'Time for a stretch break')

describe('break reminders in the desktop host, window closed', () => {
  it('keep the tooltip at minute resolution and swap the icon when a break is due', () => {
    const { clock, tray } = desktop()
    expect(tray.tooltip).toBe('Unknot: next break in 30 min')
    expect(tray.image.path).toBe('/res/tray-working.png')
    clock.advance(90_000)
    expect(tray.tooltip).toBe('Unknot: next break in 29 min')
    clock.advance(28.5 * MINUTE_MS)
    expect(tray.image.path).toBe('/res/tray-due.png')
    expect(tray.menu?.items[0]).toMatchObject({ label: 'A break is due now', enabled: false })
  })

  it('show one notification per due break, which opens the break prompt', () => {
    const { clock, opened } = desktop()
    clock.advance(45 * MINUTE_MS)
    expect(breakNotifications()).toHaveLength(1)
    breakNotifications()[0]?.emit('click')
    expect(opened).toEqual(['today'])
    expect(BrowserWindow.getAllWindows()).toHaveLength(0)
  })

  it('snooze from the tray: gone at once, back after ten minutes', () => {
    const { clock, click, tray } = desktop()
    clock.advance(30 * MINUTE_MS)
    click('Snooze 10 min')
    expect(tray.image.path).toBe('/res/tray-working.png')
    clock.advance(10 * MINUTE_MS - 1000)
    expect(breakNotifications()).toHaveLength(1)
    clock.advance(1000)
    expect(breakNotifications()).toHaveLength(2)
  })

  it('pause for an hour from the tray shows the paused icon and prompts nothing within the hour', () => {
    const { clock, click, tray } = desktop()
    click('For 1 hour')
    expect(tray.image.path).toBe('/res/tray-paused.png')
    expect(tray.menu?.items.find((item) => item.label === 'Resume')?.enabled).toBe(true)
    clock.advance(60 * MINUTE_MS)
    expect(breakNotifications()).toHaveLength(0)
  })

  it('feeds idle readings from powerMonitor: four idle minutes are a natural break', () => {
    const { clock, companion } = desktop()
    clock.advance(20 * MINUTE_MS)
    for (let seconds = 10; seconds <= 240; seconds += 10) {
      powerMonitor.idleSeconds = seconds
      clock.advance(10_000)
    }
    powerMonitor.idleSeconds = 0
    clock.advance(10_000)
    expect(companion.getSnapshot().reminders.today.natural).toBe(1)
  })

  it('suspend across the due time: a natural break on resume, no prompt', () => {
    const { clock, companion } = desktop()
    clock.advance(25 * MINUTE_MS)
    powerMonitor.emit('suspend')
    clock.jumpWall(40 * MINUTE_MS)
    powerMonitor.emit('resume')
    clock.advance(5 * MINUTE_MS)
    expect(breakNotifications()).toHaveLength(0)
    expect(companion.getSnapshot().reminders.today.natural).toBe(1)
  })

  it('never runs a 1 Hz timer: only the idle poll, the next due instant and the tray minute are pending', () => {
    const { clock } = desktop()
    clock.advance(5 * MINUTE_MS)
    expect(clock.pendingCount).toBeLessThanOrEqual(3)
  })

  it('Start a stretch now opens the app and the break routine', () => {
    const { click, companion, opened } = desktop()
    click('Start a stretch now')
    expect(opened).toEqual(['today'])
    expect(companion.getSnapshot().reminders.status).toBe('on-break')
    expect(companion.getSnapshot().routines.player?.status).toBe('running')
  })
})

describe('twenty breaks in a row', () => {
  it('reuse the one window: no window or renderer is leaked per break', async () => {
    const { MainWindow } = await import('../../src/main/window')
    const clock = new ManualClock(Date.parse('2026-11-25T08:00:00Z'))
    const companion = companionOn(clock, 'UTC')
    companion.dispatch({
      type: 'updateSettings',
      payload: { patch: { reminders: { workingHours: { remindOutside: true } } } },
    })
    watchIdle(companion, clock, { idleOnly: true })
    const window = new MainWindow({
      preloadPath: '/p.js',
      iconPath: '/i.png',
      externalAllowList: new Set(),
      load: async () => {},
    })
    trayAndAlerts(companion, clock, { show: (screen) => window.show(screen) })
    for (let i = 0; i < 20; i++) {
      clock.advance(30 * MINUTE_MS)
      const notification = Notification.instances.at(-1)
      notification?.emit('click')
      expect(companion.dispatch({ type: 'startBreak' }).ok).toBe(true)
      clock.advance(3 * MINUTE_MS)
      if (i % 2 === 0) BrowserWindow.getAllWindows()[0]?.close()
    }
    expect(Notification.instances.filter((n) => n.options.title === 'Time for a stretch break')).toHaveLength(20)
    expect(BrowserWindow.getAllWindows().length).toBeLessThanOrEqual(1)
    expect(BrowserWindow.instances.filter((w) => !w.isDestroyed())).toHaveLength(BrowserWindow.getAllWindows().length)
  })
})
