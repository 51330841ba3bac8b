import { describe, expect, it } from 'vitest'
import { Companion } from '../../../src/shared/app/companion'
import { defaultSettings, loadSettings, type Settings } from '../../../src/shared/settings'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'

function start(settingsStore = new MemoryStore()) {
  const clock = new ManualClock(Date.parse('2026-11-28T20:00:00Z'))
  const companion = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'Europe/London',
    stores: { settings: settingsStore, data: new MemoryRecords() },
  })
  return { companion, clock, saved: settingsStore.writes as Settings[] }
}

describe('whether the first-run setup is done', () => {
  it('is not, for a profile with no settings file, and nothing is written until the setup ends', () => {
    const { companion, saved } = start()
    expect(companion.getSnapshot().settings.setupDone).toBe(false)
    expect(saved).toEqual([])
  })

  it('is, for a settings file written before the setup existed: existing users never see it', () => {
    const { version, reminders } = defaultSettings()
    const { companion } = start(new MemoryStore({ version, reminders }))
    expect(companion.getSnapshot().settings.setupDone).toBe(true)
    expect(loadSettings({ version: 1 })).toMatchObject({ ok: true, settings: { setupDone: true } })
  })

  it('finishing writes the choices and the mark in one validated settings change', () => {
    const { companion, saved } = start()
    const result = companion.dispatch({
      type: 'updateSettings',
      payload: { patch: { setupDone: true, reminders: { stretch: { everyMinutes: 45 } } } },
    })
    expect(result.ok).toBe(true)
    expect(saved.at(-1)).toMatchObject({ setupDone: true, reminders: { stretch: { everyMinutes: 45 } } })
    expect(companion.dispatch({ type: 'updateSettings', payload: { patch: { setupDone: 'yes' } } })).toMatchObject({
      ok: false,
      issues: [{ path: 'setupDone', message: 'Whether setup is done must be true or false.' }],
    })
  })

  it('restoring the defaults does not bring the setup back', () => {
    const { companion } = start()
    companion.dispatch({ type: 'updateSettings', payload: { patch: { setupDone: true } } })
    companion.dispatch({ type: 'resetSettings' })
    expect(companion.getSnapshot().settings.setupDone).toBe(true)
  })
})

describe('the setup and Today commands', () => {
  it('previewBreak raises a real prompt and its event, and remindToday is refused bad payloads', () => {
    const { companion } = start()
    const events: string[] = []
    companion.onEvent(({ event }) => events.push(event.type))
    expect(companion.dispatch({ type: 'previewBreak' }).ok).toBe(true)
    expect(companion.getSnapshot().reminders.prompt).toMatchObject({ kind: 'stretch', preview: true })
    expect(events).toContain('break-due')
    expect(companion.dispatch({ type: 'remindToday', payload: { until: 'forever' } } as never)).toMatchObject({
      ok: false,
    })
  })

  it('remindToday: Saturday evening reminders run to midnight, and Today says Monday 09:00 after', () => {
    const { companion, clock } = start()
    expect(companion.getSnapshot().reminders).toMatchObject({
      status: 'outside-hours',
      resumesAtWall: Date.parse('2026-11-30T09:00:00Z'),
    })
    expect(companion.dispatch({ type: 'remindToday' }).ok).toBe(true)
    expect(companion.getSnapshot().reminders).toMatchObject({ status: 'working', resumesAtWall: null })
    clock.advance(4 * 60 * 60_000 + 1000) // past midnight, no input in between
    expect(companion.getSnapshot().reminders.status).toBe('outside-hours')
  })
})
