import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  applySettingsPatch,
  defaultSettings,
  loadSettings,
  loadVersioned,
  SETTINGS_VERSION,
} from '../../../src/shared/settings'

describe('loading stored settings', () => {
  it('accepts the current version as it is', () => {
    const stored = { ...defaultSettings(), sound: { chimes: false, spokenCues: true, volume: 0.3 } }
    expect(loadSettings(stored)).toEqual({ ok: true, settings: stored })
  })

  it('fills fields a file does not have yet with their defaults', () => {
    const loaded = loadSettings({ version: SETTINGS_VERSION })
    expect(loaded).toEqual({ ok: true, settings: defaultSettings() })
  })

  it('refuses a file from a newer Unknot, saying which versions', () => {
    const loaded = loadSettings({ version: SETTINGS_VERSION + 1 })
    expect(loaded).toMatchObject({
      ok: false,
      error: `The settings file is from a newer Unknot (version ${SETTINGS_VERSION + 1}; this one reads up to ${SETTINGS_VERSION}).`,
    })
  })

  it('refuses shapes it cannot read, naming the bad field', () => {
    expect(loadSettings('{not json')).toMatchObject({ ok: false, error: 'The settings file does not hold an object.' })
    expect(loadSettings({})).toMatchObject({ ok: false, error: 'The settings file has no valid version number.' })
    const wrong = loadSettings({ version: 1, sound: { volume: 'loud' } })
    expect(wrong.ok).toBe(false)
    if (!wrong.ok) expect(wrong.error).toBe('The settings file is not valid. Volume must be a number.')
  })

  it('upgrades an old file step by step through the migration table, then validates it', () => {
    const format = {
      version: 3,
      schema: z.object({ version: z.literal(3), sound: z.object({ chimes: z.boolean() }) }).strict(),
      migrations: {
        1: (old: Record<string, unknown>) => ({ ...old, renamed: old['legacy'] }),
        2: (old: Record<string, unknown>) => {
          const { legacy: _legacy, renamed, ...rest } = old
          return { ...rest, sound: { chimes: renamed !== 'quiet' } }
        },
      },
    }
    expect(loadVersioned({ version: 1, legacy: 'quiet' }, format)).toEqual({
      ok: true,
      settings: { version: 3, sound: { chimes: false } },
      migratedFrom: 1,
    })
    expect(loadVersioned({ version: 1 }, { ...format, migrations: { 1: format.migrations[1] } })).toMatchObject({
      ok: false,
      error: 'No way to upgrade settings from version 2.',
    })
  })
})

describe('changing settings', () => {
  it('merges a partial change and keeps the rest', () => {
    const result = applySettingsPatch(defaultSettings(), { sound: { volume: 0.9 } })
    expect(result).toEqual({
      ok: true,
      settings: { ...defaultSettings(), sound: { ...defaultSettings().sound, volume: 0.9 } },
    })
  })

  it('refuses an out-of-range value with a message for that field', () => {
    const result = applySettingsPatch(defaultSettings(), { sound: { volume: 1.5 } })
    expect(result).toEqual({ ok: false, issues: [{ path: 'sound.volume', message: 'Volume cannot be above 100%.' }] })
  })

  it('refuses unknown fields and version changes', () => {
    expect(applySettingsPatch(defaultSettings(), { sound: { loudness: 3 } }).ok).toBe(false)
    expect(applySettingsPatch(defaultSettings(), { version: 9 })).toEqual({
      ok: false,
      issues: [{ path: 'version', message: 'The settings version cannot be changed.' }],
    })
  })
})

describe('the stretch shortcut setting', () => {
  it('accepts accelerators with a modifier and refuses a bare key or nonsense', () => {
    for (const ok of ['CommandOrControl+Alt+S', 'Shift+F5', 'Ctrl+Shift+Space', 'Alt+/']) {
      expect(applySettingsPatch(defaultSettings(), { system: { stretchShortcut: ok } }).ok, ok).toBe(true)
    }
    for (const bad of ['S', 'Ctrl+', 'Hyper+S', 'Ctrl+Alt+Ü', '']) {
      expect(applySettingsPatch(defaultSettings(), { system: { stretchShortcut: bad } })).toEqual({
        ok: false,
        issues: [
          {
            path: 'system.stretchShortcut',
            message: 'Use one or more modifiers and a key, such as CommandOrControl+Alt+S.',
          },
        ],
      })
    }
  })
})
