import { beforeEach, describe, expect, it } from 'vitest'
import { app, type FakeMenuItem } from './fake-electron'
import { hostLanguage } from '../../src/main/language'
import { setupTrayAndAlerts } from '../../src/main/setup-tray-and-alerts'
import { TRAY_ACTIONS } from '../../src/main/tray-actions'
import { ManualClock } from '../support/manual-clock'
import { companionOn, lastTray, linuxTrayDeps } from './test-companion'

// These pieces run after the app's ready event, as the composition root starts them.
beforeEach(() => app.whenReady())

/** The tray and alerts as the host sets them up, recording what the host is asked to do. */
function host() {
  const clock = new ManualClock(Date.parse('2026-11-25T09:00:00Z'))
  const companion = companionOn(clock)
  const done: string[] = []
  setupTrayAndAlerts({
    ...linuxTrayDeps(companion, clock),
    show: (screen) => done.push(`show ${screen ?? 'app'}`),
    quit: () => done.push('quit'),
  })
  const items = (): FakeMenuItem[] =>
    (lastTray().menu?.items ?? []).flatMap((item) => [item, ...(item.submenu ?? [])]).filter((item) => item.click)
  const click = (label: string): void => {
    const item = items().find((entry) => entry.label === label)
    if (!item?.click) throw new Error(`no menu item "${label}"`)
    item.click()
  }
  return { clock, companion, done, items, click }
}

describe('tray actions, each defined once', () => {
  it('puts every defined action in the menu once, with its label (ending therapy only while a session runs)', () => {
    const english = hostLanguage('en').t
    const { items } = host()
    // Snoozes for 15 and 30 minutes show only when chosen in Settings (the default is 5 and 10); the camera switch
    // turns the camera off only while it is on (it is off by default).
    const {
      'end-therapy': _onlyInTherapy,
      'snooze-15': _notChosen,
      'snooze-30': _notChosenEither,
      'camera-off': _onlyWhileOn,
      ...always
    } = TRAY_ACTIONS
    const expected = Object.values(always).map(({ label }) => label(english))
    expect(items().map((item) => item.label)).toEqual(expect.arrayContaining(expected))
    expect(items()).toHaveLength(expected.length)
  })

  it('does the host effect of the window items: open, a screen, quit', () => {
    const { click, done } = host()
    click('Open Unknot')
    click('Settings…')
    click('Log a spasm…')
    click('Quit')
    expect(done).toEqual(['show app', 'show settings', 'show journal', 'quit'])
  })

  it('sends the command and then opens the app for "Start a stretch now"', () => {
    const { click, companion, done } = host()
    click('Start a stretch now')
    expect(companion.getSnapshot().reminders.status).toBe('on-break')
    expect(done).toEqual(['show app'])
  })

  it('offers the snooze lengths chosen in Settings, and a click snoozes for that long', () => {
    const { click, clock, companion, items } = host()
    const snoozes = () => items().flatMap((item) => (item.label?.startsWith('Snooze') ? [item.label] : []))
    expect(snoozes()).toEqual(['Snooze 5 min', 'Snooze 10 min'])
    const chosen = { type: 'updateSettings', payload: { patch: { reminders: { snoozeOptions: [30, 15] } } } }
    expect(companion.dispatch(chosen).ok).toBe(true)
    expect(snoozes()).toEqual(['Snooze 15 min', 'Snooze 30 min'])
    // Half an hour of work, read every 10 s as the desktop reads idle time, brings the stretch prompt.
    for (let read = 0; read < 181; read++) {
      clock.advance(10_000)
      companion.observe({ type: 'idle', seconds: 0 })
    }
    expect(companion.getSnapshot().reminders.status).toBe('due')
    click('Snooze 15 min')
    expect(companion.getSnapshot().reminders).toMatchObject({ status: 'snoozed', snoozedForMs: 15 * 60_000 })
  })

  it('enables Resume only while paused, from the one definition', () => {
    const { click, items } = host()
    const resume = () => items().find((item) => item.label === 'Resume')
    expect(resume()?.enabled).toBe(false)
    click('For 1 hour')
    expect(resume()?.enabled).toBe(true)
  })
})
