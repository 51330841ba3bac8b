import { beforeEach, describe, expect, it } from 'vitest'
import { app, type FakeMenuItem, Tray } from './fake-electron'
import { hostLanguage } from '../../src/main/language'
import { setupTray } from '../../src/main/tray'
import type { TrayAction } from '../../src/main/tray-actions'
import type { TrayModel } from '../../src/shared/hosting/tray-model'

// These pieces run after the app's ready event, as the composition root starts them.
beforeEach(() => app.whenReady())

const english = hostLanguage('en').t
const IDLE_TRAY: TrayModel = {
  icon: 'working',
  tooltip: 'Unknot',
  statusLine: 'No reminders switched on',
  canSnooze: false,
  snoozeOptions: [5, 10],
  paused: false,
  cameraOn: false,
}

function make(platform: NodeJS.Platform = 'linux', t = english) {
  const actions: TrayAction[] = []
  const view = setupTray(
    (file) => `/res/${file}`,
    (action) => actions.push(action),
    t,
    platform,
  )
  const tray = Tray.instances[0]
  if (!tray) throw new Error('no tray was created')
  return { view, tray, actions }
}

function items(menu: { items: FakeMenuItem[] } | undefined): FakeMenuItem[] {
  return (menu?.items ?? []).flatMap((item) => {
    const sub = item.submenu ?? []
    return [item, ...sub]
  })
}

const due: TrayModel = {
  icon: 'due',
  tooltip: 'Unknot: time for a stretch break',
  statusLine: 'Stretch break due now',
  canSnooze: true,
  snoozeOptions: [5, 10],
  paused: false,
  cameraOn: false,
}

describe('tray', () => {
  it('shows the status line (disabled) and a menu whose items send their action', () => {
    const { view, tray, actions } = make()
    view.render(due)
    const all = items(tray.menu)
    expect(all[0]).toMatchObject({ label: 'Stretch break due now', enabled: false })
    const labels = all.filter((item) => item.label && item.click).map((item) => item.label)
    expect(labels).toEqual([
      'Start a stretch now',
      'Snooze 5 min',
      'Snooze 10 min',
      'For 30 minutes',
      'For 1 hour',
      'Until tomorrow',
      'Resume',
      '30 minutes',
      '60 minutes',
      '90 minutes',
      'Log a spasm…',
      'Camera glances',
      'Open Unknot',
      'Settings…',
      'Quit',
    ])
    for (const item of all) if (item.enabled !== false) item.click?.()
    expect(actions).toEqual([
      'stretch-now',
      'snooze-5',
      'snooze-10',
      'pause-30m',
      'pause-1h',
      'pause-tomorrow',
      'meeting-30',
      'meeting-60',
      'meeting-90',
      'log-spasm',
      'camera-on',
      'open',
      'settings',
      'quit',
    ])
  })

  it('offers one Snooze item per chosen length, each sending its own length', () => {
    const { view, tray, actions } = make()
    view.render({ ...due, snoozeOptions: [15, 30] })
    const snoozes = items(tray.menu).filter((item) => item.label?.startsWith('Snooze'))
    expect(snoozes.map((item) => item.label)).toEqual(['Snooze 15 min', 'Snooze 30 min'])
    for (const item of snoozes) item.click?.()
    expect(actions).toEqual(['snooze-15', 'snooze-30'])
  })

  it('shows flare mode as one more disabled line under the status, only while it is on', () => {
    const { view, tray } = make()
    view.render({ ...due, flareLine: 'Flare mode until Saturday 10:00' })
    expect(items(tray.menu).slice(0, 2)).toMatchObject([
      { label: 'Stretch break due now', enabled: false },
      { label: 'Flare mode until Saturday 10:00', enabled: false },
    ])
    view.render(due)
    expect(items(tray.menu).map((item) => item.label)).not.toContain('Flare mode until Saturday 10:00')
  })

  it('shows a "Camera glances" switch, checked while they are on, that turns them the other way', () => {
    const { view, tray, actions } = make()
    const cameraSwitch = () => items(tray.menu).find((item) => item.label === 'Camera glances')
    view.render(IDLE_TRAY)
    expect(cameraSwitch()).toMatchObject({ type: 'checkbox', checked: false })
    cameraSwitch()?.click?.()
    view.render({ ...IDLE_TRAY, cameraOn: true })
    expect(cameraSwitch()).toMatchObject({ type: 'checkbox', checked: true })
    cameraSwitch()?.click?.()
    expect(actions).toEqual(['camera-on', 'camera-off'])
  })

  it('enables Snooze only when a break is due and Resume only when paused', () => {
    const { view, tray } = make()
    view.render({ ...IDLE_TRAY, paused: true })
    const find = (label: string) => items(tray.menu).find((item) => item.label === label)
    expect(find('Snooze 10 min')?.enabled).toBe(false)
    expect(find('Resume')?.enabled).toBe(true)
  })

  it('swaps the icon and tooltip with the state, and rebuilds nothing that did not change', () => {
    const { view, tray } = make()
    view.render(IDLE_TRAY)
    expect(tray.image.path).toBe('/res/tray-working.png')
    const menu = tray.menu
    view.render({ ...IDLE_TRAY })
    expect(tray.menu).toBe(menu)
    view.render(due)
    expect(tray.image.path).toBe('/res/tray-due.png')
    expect(tray.tooltip).toBe('Unknot: time for a stretch break')
    expect(tray.menu).not.toBe(menu)
  })

  it('shows a running therapy session with an End item', () => {
    const { view, tray, actions } = make()
    view.render({ ...IDLE_TRAY, therapyLine: 'Cold pack: 08:12 left' })
    const all = items(tray.menu)
    expect(all.find((item) => item.label === 'Cold pack: 08:12 left')?.enabled).toBe(false)
    all.find((item) => item.label === 'End therapy session')?.click?.()
    expect(actions).toEqual(['end-therapy'])
  })

  it('uses template images on macOS', () => {
    const { view, tray } = make('darwin')
    view.render(due)
    expect(tray.image).toMatchObject({ path: '/res/tray-dueTemplate.png', template: true })
  })

  it('uses .ico files on Windows', () => {
    const { view, tray } = make('win32')
    view.render(due)
    expect(tray.image).toMatchObject({ path: '/res/tray-due.ico', template: false })
  })
})
