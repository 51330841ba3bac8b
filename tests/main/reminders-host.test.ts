import { beforeEach, describe, expect, it } from 'vitest'
import { app, BrowserWindow, type FakeMenuItem, Notification, powerMonitor } from './fake-electron'
import { MINUTE_MS } from '../../src/shared/kernel/time'
import { ManualClock } from '../support/manual-clock'
import { setupHostWatches } from '../../src/main/setup-host-watches'
import { setupTrayAndAlerts } from '../../src/main/setup-tray-and-alerts'
import type { Screen } from '../../src/shared/contract/contract'
import { companionOn, lastTray, linuxTrayDeps, offlineCalendar } from './test-companion'

// These pieces run after the app's ready event, as the composition root starts them.
beforeEach(() => app.whenReady())

/** The desktop host as index.ts composes it, on a fake clock and a fake electron, with no window open. */
function desktop(start = '2026-11-25T09:00:00Z') {
  const clock = new ManualClock(Date.parse(start))
  const companion = companionOn(clock)
  const opened: string[] = []
  setupTrayAndAlerts({ ...linuxTrayDeps(companion, clock), show: (screen?: Screen) => opened.push(screen ?? 'today') })
  const tray = lastTray()
  setupHostWatches({ companion, time: clock, timeZone: () => 'Europe/London', ...offlineCalendar() })
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
  it('name the clock time of the next break, hold it while sitting, and swap the icon when a break is due', () => {
    const { clock, tray } = desktop()
    expect(tray.tooltip).toBe('Unknot: next break at 09:30')
    expect(tray.image.path).toBe('/res/tray-working.png')
    clock.advance(20 * MINUTE_MS)
    expect(tray.tooltip).toBe('Unknot: next break at 09:30')
    clock.advance(10 * MINUTE_MS)
    expect(tray.image.path).toBe('/res/tray-due.png')
    expect(tray.menu?.items[0]).toMatchObject({ label: 'A break is due now', enabled: false })
  })

  it('say in the tray why a prompt waits: a meeting, with its end; presenting; a call', () => {
    const { clock, companion, click, tray } = desktop()
    clock.advance(10 * MINUTE_MS)
    click('60 minutes')
    expect(tray.tooltip).toBe('Unknot: meeting until 10:10')
    expect(tray.menu?.items[0]).toMatchObject({ label: 'Meeting until 10:10', enabled: false })
    companion.dispatch({ type: 'endMeeting' })
    const start = Date.parse('2026-11-25T09:15:00Z')
    companion.observe({ type: 'calendar', busy: [{ startWall: start, endWall: start + 15 * MINUTE_MS }] })
    clock.advance(5 * MINUTE_MS)
    expect(tray.menu?.items[0]).toMatchObject({ label: 'Meeting until 09:30 (calendar)' })
    clock.advance(15 * MINUTE_MS)
    companion.dispatch({ type: 'skipBreak' })
    companion.observe({ type: 'fullscreen', fullscreen: true })
    expect(tray.tooltip).toBe('Unknot: presenting — your break comes when you stop')
    companion.observe({ type: 'fullscreen', fullscreen: false })
    companion.observe({ type: 'call', active: true })
    expect(tray.tooltip).toBe('Unknot: in a call — your break comes when it ends')
    expect(tray.menu?.items[0]).toMatchObject({ label: 'In a call — your break comes when it ends' })
  })

  it('after a 45-minute input-less call inside a 60-minute meeting, prompt within a minute of the meeting’s end', () => {
    const { clock, companion, click } = desktop()
    clock.advance(10 * MINUTE_MS)
    click('60 minutes')
    clock.advance(5 * MINUTE_MS)
    companion.observe({ type: 'call', active: true })
    for (let minute = 0; minute < 45; minute++) {
      powerMonitor.idleSeconds = minute * 60
      clock.advance(MINUTE_MS)
    }
    companion.observe({ type: 'call', active: false })
    for (let minute = 45; minute < 55 + 1; minute++) {
      powerMonitor.idleSeconds = minute * 60
      clock.advance(MINUTE_MS)
    }
    // the meeting ended at 10:10; the break waited for it, and says so
    expect(Notification.instances.map((n) => n.options.title)).toEqual(['Your meeting ended: time to stand up'])
    expect(companion.getSnapshot().reminders.today.natural).toBe(0)
    const prompt = companion.getSnapshot().reminders.prompt
    expect(prompt!.sinceWall - Date.parse('2026-11-25T10:10:00Z')).toBeLessThanOrEqual(MINUTE_MS)
    expect(prompt!.sinceWall).toBeGreaterThanOrEqual(Date.parse('2026-11-25T10:10:00Z'))
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

  it('feeds idle readings from powerMonitor: six idle minutes are a natural break, four are sitting', () => {
    const { clock, companion } = desktop()
    clock.advance(20 * MINUTE_MS)
    for (let seconds = 10; seconds <= 240; seconds += 10) {
      powerMonitor.idleSeconds = seconds
      clock.advance(10_000)
    }
    powerMonitor.idleSeconds = 0
    clock.advance(10_000)
    expect(companion.getSnapshot().reminders.today.natural).toBe(0)
    for (let seconds = 10; seconds <= 360; seconds += 10) {
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

  it('a call past 90 minutes gets one quiet notification, not a prompt', () => {
    const { clock, companion } = desktop()
    companion.observe({ type: 'call', active: true })
    for (let minute = 0; minute < 120; minute++) {
      powerMonitor.idleSeconds = minute * 60
      clock.advance(MINUTE_MS)
    }
    expect(Notification.instances.map((n) => [n.options.title, (n.options as { silent?: boolean }).silent])).toEqual([
      ['A long call', true],
    ])
  })

  it('never runs a 1 Hz timer: only the next idle reading is pending while sitting', () => {
    const { clock } = desktop()
    clock.advance(5 * MINUTE_MS)
    expect(clock.pendingCount).toBe(1)
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
    setupHostWatches({ companion, time: clock, timeZone: () => 'UTC', ...offlineCalendar() })
    const window = new MainWindow({
      preloadPath: '/p.js',
      iconPath: '/i.png',
      externalAllowList: new Set(),
      load: async () => {},
    })
    setupTrayAndAlerts({ ...linuxTrayDeps(companion, clock), show: (screen) => void window.show(screen) })
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
