import { describe, expect, it } from 'vitest'
import { globalShortcut } from './fake-electron'
import { hostLanguage } from '../../src/main/language'
import { StretchShortcut } from '../../src/main/stretch-shortcut'
import { defaultSettings } from '../../src/shared/settings'

const system = defaultSettings().system
const english = hostLanguage('en').t

describe('the global stretch shortcut', () => {
  it('is registered only when enabled, re-registered when changed, and released when turned off', () => {
    let pressed = 0
    const shortcut = new StretchShortcut(() => pressed++, english)
    expect(shortcut.apply(system)).toBeUndefined()
    expect([...globalShortcut.registered.keys()]).toEqual([])
    shortcut.apply({ ...system, stretchShortcutEnabled: true })
    expect([...globalShortcut.registered.keys()]).toEqual(['CommandOrControl+Alt+S'])
    globalShortcut.registered.get('CommandOrControl+Alt+S')?.()
    expect(pressed).toBe(1)
    shortcut.apply({ ...system, stretchShortcutEnabled: true, stretchShortcut: 'Shift+Alt+B' })
    expect([...globalShortcut.registered.keys()]).toEqual(['Shift+Alt+B'])
    shortcut.apply({ ...system, stretchShortcutEnabled: false })
    expect([...globalShortcut.registered.keys()]).toEqual([])
  })

  it('says so when another program holds the shortcut', () => {
    globalShortcut.takenElsewhere.add('CommandOrControl+Alt+S')
    const shortcut = new StretchShortcut(() => undefined, english)
    expect(shortcut.apply({ ...system, stretchShortcutEnabled: true })).toBe(
      'The shortcut CommandOrControl+Alt+S is already used by another program; choose another one in Settings.',
    )
    expect(globalShortcut.registered.size).toBe(0)
  })
})
