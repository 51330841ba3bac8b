import { describe, expect, it } from 'vitest'
import { globalShortcut } from './fake-electron'
import { onPlatform } from './platform'
import { hostLanguage } from '../../src/main/language'
import { onlyOptionOrShift, StretchShortcut } from '../../src/main/stretch-shortcut'
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

  it('says it could not register a shortcut another program holds (Electron does not say why)', () => {
    globalShortcut.takenElsewhere.add('CommandOrControl+Alt+S')
    const shortcut = new StretchShortcut(() => undefined, english)
    expect(shortcut.apply({ ...system, stretchShortcutEnabled: true })).toBe(
      'Unknot could not register the shortcut CommandOrControl+Alt+S: another program may be using it, or this desktop does not allow global shortcuts. Choose another one in Settings.',
    )
    expect(globalShortcut.registered.size).toBe(0)
  })

  it('on macOS refuses a shortcut whose only modifiers are Option and Shift, saying what would work', () => {
    onPlatform('darwin')
    const shortcut = new StretchShortcut(() => undefined, hostLanguage('es').t)
    expect(shortcut.apply({ ...system, stretchShortcutEnabled: true, stretchShortcut: 'Shift+Alt+B' })).toBe(
      'macOS no transmite un atajo global cuyos únicos modificadores sean Opción y Mayúsculas, así que Shift+Alt+B nunca funcionaría; elige en Ajustes uno con Comando o Control.',
    )
    expect(globalShortcut.registered.size).toBe(0)
    expect(shortcut.apply({ ...system, stretchShortcutEnabled: true, stretchShortcut: 'Command+Option+B' })).toBe(
      undefined,
    )
    expect([...globalShortcut.registered.keys()]).toEqual(['Command+Option+B'])
  })

  it('tells Option/Shift-only shortcuts apart from those with Command, Control or Super', () => {
    for (const accelerator of ['Alt+S', 'Option+Shift+S', 'Shift+F5', 'AltGr+Shift+K']) {
      expect(onlyOptionOrShift(accelerator), accelerator).toBe(true)
    }
    for (const accelerator of ['CommandOrControl+Alt+S', 'Ctrl+Shift+S', 'Super+Alt+S', 'Cmd+Plus']) {
      expect(onlyOptionOrShift(accelerator), accelerator).toBe(false)
    }
  })
})
