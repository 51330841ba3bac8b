import { describe, expect, it } from 'vitest'
import { Companion } from '../../../src/shared/app/companion'
import {
  CHECK_NAMES,
  FINDINGS,
  findingWords,
  desktopCheckResultsSchema,
  notSeenOn,
  standingProblems,
} from '../../../src/shared/desktop-check'
import { createI18n, translatorOf } from '../../../src/shared/i18n'
import { catalog as english } from '../../../src/shared/i18n/en'
import { catalog as spanish } from '../../../src/shared/i18n/es'
import { trayModelOf } from '../../../src/shared/hosting/tray-model'
import { loadSettings } from '../../../src/shared/settings'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'

const en = translatorOf(createI18n('en', { en: english, es: spanish }))
const es = translatorOf(createI18n('es', { en: english, es: spanish }))

function companionOn(clock: ManualClock, settings = new MemoryStore()) {
  return new Companion({ clock, timers: clock, timeZone: () => 'UTC', stores: { settings, data: new MemoryRecords() } })
}

describe('the desktop check’s findings', () => {
  it('give every problem a fix, and every check at least one way to work', () => {
    for (const [name, words] of Object.entries(FINDINGS))
      if (words.status === 'problem') expect(words, name).toHaveProperty('fix')
    for (const check of CHECK_NAMES)
      expect(Object.values(FINDINGS).some((words) => words.check === check && words.status === 'ok')).toBe(true)
  })

  it('word the unseen notification’s fix for the platform', () => {
    expect(findingWords(notSeenOn('darwin')).fix).toMatch(/System Settings → Notifications/)
    expect(findingWords(notSeenOn('win32')).fix).toMatch(/Settings → System → Notifications/)
    expect(findingWords(notSeenOn('linux')).fix).toMatch(/Do Not Disturb/)
    expect(findingWords(notSeenOn('browser')).fix).toMatch(/this browser/)
  })
})

describe('kept findings', () => {
  it('are recorded with the companion’s time, stored with the settings, and read back on the next start', () => {
    const clock = new ManualClock(Date.UTC(2026, 11, 1, 9))
    const settings = new MemoryStore()
    const companion = companionOn(clock, settings)
    expect(companion.dispatch({ type: 'recordDesktopCheck', payload: { finding: 'shortcut-taken' } }).ok).toBe(true)
    expect(companion.getSnapshot().settings.desktopCheck).toEqual({
      shortcut: { finding: 'shortcut-taken', atWall: Date.UTC(2026, 11, 1, 9) },
    })
    expect(companionOn(clock, settings).getSnapshot().settings.desktopCheck.shortcut?.finding).toBe('shortcut-taken')
  })

  it('refuse a finding that is not one, and change nothing', () => {
    const companion = companionOn(new ManualClock(0))
    const before = companion.getSnapshot()
    for (const payload of [{ finding: 'all-good' }, { finding: 'tray-available', check: 'tray' }, {}]) {
      const result = companion.dispatch({ type: 'recordDesktopCheck', payload } as never)
      expect(result.ok, JSON.stringify(payload)).toBe(false)
    }
    expect(companion.getSnapshot()).toBe(before)
  })

  it('refuse, in a stored file, a finding kept under another check than its own', () => {
    expect(desktopCheckResultsSchema.safeParse({ tray: { finding: 'idle-moves', atWall: 1 } }).success).toBe(false)
    expect(desktopCheckResultsSchema.safeParse({ idle: { finding: 'idle-moves', atWall: 1 } }).success).toBe(true)
    // settings written before the check existed have none
    const loaded = loadSettings({ version: 2 })
    expect(loaded.ok && loaded.settings.desktopCheck).toEqual({})
  })

  it('count a problem only while it stands: a later passing run, or turning the feature off, clears it', () => {
    const system = { startAtLogin: true, stretchShortcutEnabled: true }
    const results = {
      shortcut: { finding: 'shortcut-taken', atWall: 1 },
      login: { finding: 'login-autostart-missing', atWall: 1 },
      idle: { finding: 'idle-no-typing', atWall: 1 },
    } as const
    expect(standingProblems(results, system)).toEqual(['login', 'shortcut'])
    expect(standingProblems(results, { ...system, stretchShortcutEnabled: false })).toEqual(['login'])
    expect(standingProblems({ ...results, login: { finding: 'login-on', atWall: 2 } }, system)).toEqual(['shortcut'])
  })
})

describe('the tray’s warning', () => {
  it('shows while a kept finding is a problem, in the person’s language, and goes with a passing run', () => {
    const companion = companionOn(new ManualClock(Date.UTC(2026, 11, 1, 9)))
    expect(trayModelOf(companion.getSnapshot(), en).checkLine).toBeUndefined()
    companion.dispatch({ type: 'recordDesktopCheck', payload: { finding: 'tray-gnome-missing' } })
    expect(trayModelOf(companion.getSnapshot(), en).checkLine).toBe('⚠ Check my desktop: 1 problem')
    companion.dispatch({ type: 'recordDesktopCheck', payload: { finding: 'idle-stuck-at-zero' } })
    expect(trayModelOf(companion.getSnapshot(), en).checkLine).toBe('⚠ Check my desktop: 2 problems')
    expect(trayModelOf(companion.getSnapshot(), es).checkLine).toBe('⚠ Comprobar mi escritorio: 2 problemas')
    companion.dispatch({ type: 'recordDesktopCheck', payload: { finding: 'tray-gnome-extension' } })
    companion.dispatch({ type: 'recordDesktopCheck', payload: { finding: 'idle-moves' } })
    expect(trayModelOf(companion.getSnapshot(), en).checkLine).toBeUndefined()
  })
})
