import { beforeEach, describe, expect, it } from 'vitest'
import { app, BrowserWindow, type FakeMenuItem, Notification } from './fake-electron'
import { type Companion } from '../../src/shared/app/companion'
import { SAFETY_ITEM_IDS } from '../../src/shared/therapy'
import { ManualClock } from '../support/manual-clock'
import { setupTrayAndAlerts } from '../../src/main/setup-tray-and-alerts'
import { companionOn, lastTray, linuxTrayDeps } from './test-companion'

// These pieces run after the app's ready event, as the composition root starts them.
beforeEach(() => app.whenReady())

function host() {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 14))
  const companion = companionOn(clock, 'UTC')
  const opened: string[] = []
  setupTrayAndAlerts({ ...linuxTrayDeps(companion, clock), show: (screen) => opened.push(screen ?? 'today') })
  const tray = lastTray()
  return { clock, companion, opened, tray }
}

function startColdPack(companion: Companion) {
  expect(companion.dispatch({ type: 'startTherapyEpisode', payload: { presetId: 'fresh-strain' } }).ok).toBe(true)
  expect(companion.dispatch({ type: 'confirmTherapySafety', payload: { itemIds: [...SAFETY_ITEM_IDS] } }).ok).toBe(true)
  const started = companion.dispatch({
    type: 'startTherapySession',
    payload: { kind: 'cold', minutes: 20, presetId: 'fresh-strain' },
  })
  expect(started.ok).toBe(true)
}

const labels = (menu: { items: FakeMenuItem[] } | undefined) => (menu?.items ?? []).map((item) => item.label)

describe('a therapy session with the window closed', () => {
  it('shows its countdown in the tray, refreshed once a minute and never every second', () => {
    const { clock, companion, tray } = host()
    startColdPack(companion)
    expect(BrowserWindow.getAllWindows()).toHaveLength(0)
    expect(tray.tooltip).toContain('Cold pack: 20:00 left')
    expect(labels(tray.menu)).toContain('Cold pack: 20:00 left')
    expect(labels(tray.menu)).toContain('End therapy session')
    clock.advance(30_000)
    expect(tray.tooltip).toContain('Cold pack: 20:00 left')
    clock.advance(30_000)
    expect(tray.tooltip).toContain('Cold pack: 19:00 left')
    // one timer for the session's next instant, one for the tray's next minute: nothing ticking per second
    expect(clock.pendingCount).toBeLessThanOrEqual(2)
  })

  it('notifies at the skin check and at the end, repeats the end alert until acknowledged, and clicks open Therapy', () => {
    const { clock, companion, tray, opened } = host()
    startColdPack(companion)
    clock.advance(5 * 60_000)
    expect(Notification.instances.map((n) => n.options.title)).toEqual(['Check your skin'])
    clock.advance(15 * 60_000)
    const end = Notification.instances.at(-1)
    expect(end?.options.title).toBe('Time is up: take the cold pack off')
    expect(end?.shown).toBe(true)
    clock.advance(60_000)
    const repeat = Notification.instances.at(-1)
    expect(repeat).not.toBe(end)
    expect(end?.closed).toBe(true)
    expect(repeat?.options.title).toBe('Time is up: take the cold pack off')
    repeat?.emit('click')
    expect(opened).toEqual(['therapy'])
    tray.menu?.items.find((item) => item.label === 'End therapy session')?.click?.()
    const count = Notification.instances.length
    clock.advance(5 * 60_000)
    expect(Notification.instances).toHaveLength(count)
    expect(labels(tray.menu)).not.toContain('End therapy session')
    expect(companion.getSnapshot().therapy.history[0]).toMatchObject({ kind: 'cold', endedEarly: false })
  })
})
