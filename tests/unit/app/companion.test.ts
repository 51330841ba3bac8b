import { describe, expect, it } from 'vitest'
import { Companion } from '../../../src/shared/app/companion'
import type { Snapshot } from '../../../src/shared/contract/contract'
import { defaultSettings, type Settings } from '../../../src/shared/settings'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'

function make(settingsStore = new MemoryStore()) {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 9))
  const saved = settingsStore.writes as Settings[]
  const companion = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'Europe/London',
    stores: { settings: settingsStore, data: new MemoryRecords() },
  })
  return { companion, saved, clock, settingsStore }
}

describe('companion', () => {
  it('starts from defaults on a first run, with the setup still to do and no message', () => {
    const { companion } = make()
    expect(companion.getSnapshot().settings).toEqual({ ...defaultSettings(), setupDone: false })
    expect(companion.getSnapshot().notices).toEqual([])
    expect(companion.getSnapshot().timeZone).toBe('Europe/London')
  })

  it('applies a command, persists it and pushes one new snapshot to every subscriber', () => {
    const { companion, saved } = make()
    const seen: Snapshot[] = []
    companion.subscribe((snapshot) => seen.push(snapshot))
    const result = companion.dispatch({ type: 'updateSettings', payload: { patch: { appearance: { theme: 'dark' } } } })
    expect(result.ok).toBe(true)
    expect(seen).toHaveLength(1)
    expect(seen[0]?.settings.appearance.theme).toBe('dark')
    expect(seen[0]?.revision).toBeGreaterThan(0)
    expect(saved.at(-1)?.appearance.theme).toBe('dark')
  })

  it('rejects an invalid change with field issues and publishes nothing', () => {
    const { companion, saved } = make()
    const before = companion.getSnapshot()
    let pushed = 0
    companion.subscribe(() => pushed++)
    const result = companion.dispatch({ type: 'updateSettings', payload: { patch: { sound: { volume: -1 } } } })
    expect(result).toMatchObject({
      ok: false,
      error: 'Settings not saved. Volume cannot be below 0%.',
      issues: [{ path: 'sound.volume', message: 'Volume cannot be below 0%.' }],
      detail: 'sound.volume: Volume cannot be below 0%.',
    })
    expect(companion.getSnapshot()).toBe(before)
    expect(pushed).toBe(0)
    expect(saved).toHaveLength(0)
  })

  it('falls back to defaults on an unreadable settings file, keeps the file aside and says so until dismissed', () => {
    const bad = { version: 1, sound: 'loud' }
    const { companion, settingsStore } = make(new MemoryStore(bad))
    const [notice] = companion.getSnapshot().notices
    expect(notice?.level).toBe('error')
    expect(notice?.text).toMatch(/^The settings file is not valid. Some of its values are not ones Unknot can use./)
    expect(notice?.text).toMatch(/default settings.*kept beside/)
    expect(companion.getSnapshot().settings).toEqual(defaultSettings())
    expect(settingsStore.setAside).toEqual([bad])
    companion.dispatch({ type: 'dismissNotice', payload: { id: 'settings-unreadable' } })
    expect(companion.getSnapshot().notices).toEqual([])
  })

  it('restores the last good backup when the settings file is from a newer Unknot', () => {
    const good = { ...defaultSettings(), appearance: { ...defaultSettings().appearance, theme: 'dark' as const } }
    const { companion, settingsStore } = make(new MemoryStore({ version: 7 }).withBackup(good))
    expect(companion.getSnapshot().settings).toEqual(good)
    expect(companion.getSnapshot().notices[0]?.text).toMatch(/newer Unknot.*restored your last good settings/)
    expect(settingsStore.setAside).toEqual([{ version: 7 }])
  })

  it('unsubscribes cleanly', () => {
    const { companion } = make()
    let pushed = 0
    const unsubscribe = companion.subscribe(() => pushed++)
    unsubscribe()
    companion.dispatch({ type: 'resetSettings' })
    expect(pushed).toBe(0)
  })
})
