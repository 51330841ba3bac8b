import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { app, dialog, type FakeMenuItem, globalShortcut, Notification, Tray } from './fake-electron'
import { hostLanguage } from '../../src/main/language'
import { guardQuit } from '../../src/main/quit-guard'
import { StretchShortcut } from '../../src/main/stretch-shortcut'
import { type Companion } from '../../src/shared/app/companion'
import type { LanguageChoice } from '../../src/shared/i18n'
import { defaultSettings } from '../../src/shared/settings'
import { SAFETY_ITEM_IDS } from '../../src/shared/therapy'
import { MINUTE_MS } from '../../src/shared/kernel/time'
import { ManualClock } from '../support/manual-clock'
import { setupHostWatches } from '../../src/main/setup-host-watches'
import { setupTrayAndAlerts } from '../../src/main/setup-tray-and-alerts'
import { companionOn, lastTray, linuxTrayDeps, offlineCalendar } from './test-companion'
import { PATIENTLY } from './patience'

/** The desktop host as index.ts composes it, with the language setting given. */
function desktop(choice: LanguageChoice) {
  const clock = new ManualClock(Date.parse('2026-11-25T09:00:00Z'))
  const companion = companionOn(clock)
  setLanguage(companion, choice)
  const language = hostLanguage(companion.getSnapshot().settings.appearance.language)
  setupTrayAndAlerts({ ...linuxTrayDeps(companion, clock), language })
  const tray = lastTray()
  setupHostWatches({ companion, time: clock, timeZone: () => 'Europe/London', ...offlineCalendar() })
  return { clock, companion, tray, language }
}

function setLanguage(companion: Companion, language: LanguageChoice) {
  const result = companion.dispatch({ type: 'updateSettings', payload: { patch: { appearance: { language } } } })
  expect(result.ok).toBe(true)
}

/** Every label in the menu, submenus included, in order. */
function labels(menu: { items: FakeMenuItem[] } | undefined): string[] {
  return (menu?.items ?? []).flatMap((item) => {
    const sub = item.submenu ?? []
    return [item, ...sub].flatMap((entry) => (entry.label ? [entry.label] : []))
  })
}

const ENGLISH_MENU = [
  'Next break at 09:30',
  'Start a stretch now',
  'Snooze 5 min',
  'Snooze 10 min',
  'Pause',
  'For 30 minutes',
  'For 1 hour',
  'Until tomorrow',
  'Resume',
  "I'm in a meeting",
  '30 minutes',
  '60 minutes',
  '90 minutes',
  'Log a spasm…',
  'Camera glances',
  'Open Unknot',
  'Settings…',
  'Quit',
]

const SPANISH_MENU = [
  'Próxima pausa a las 09:30',
  'Estirar ahora',
  'Posponer 5 min',
  'Posponer 10 min',
  'Pausar',
  'Durante 30 minutos',
  'Durante 1 hora',
  'Hasta mañana',
  'Reanudar',
  'Estoy en una reunión',
  '30 minutos',
  '60 minutos',
  '90 minutos',
  'Registrar un espasmo…',
  'Miradas de la cámara',
  'Abrir Unknot',
  'Ajustes…',
  'Salir',
]

describe('the desktop host in Spanish', () => {
  // These pieces run after the app's ready event, as the composition root starts them.
  beforeEach(() => app.whenReady())

  it('shows the tray menu and tooltip in Spanish', () => {
    const { tray } = desktop('es')
    expect(labels(tray.menu)).toEqual(SPANISH_MENU)
    expect(tray.tooltip).toBe('Unknot: próxima pausa a las 09:30')
  })

  it('notifies a due break in Spanish', () => {
    const { clock, tray } = desktop('es')
    clock.advance(30 * MINUTE_MS)
    expect(Notification.instances.map((n) => n.options)).toEqual([
      expect.objectContaining({
        title: 'Hora de una pausa para estirar',
        body: 'Un par de minutos de movimiento suave. Abre Unknot para empezar.',
      }),
    ])
    expect(tray.menu?.items[0]?.label).toBe('Toca una pausa ahora')
  })

  it('rebuilds the menu in the new language when the setting changes, and notifies in it from then on', () => {
    const { clock, companion, tray, language } = desktop('en')
    expect(labels(tray.menu)).toEqual(ENGLISH_MENU)
    const englishMenu = tray.menu
    setLanguage(companion, 'es')
    expect(language.locale()).toBe('es')
    expect(tray.menu).not.toBe(englishMenu)
    expect(labels(tray.menu)).toEqual(SPANISH_MENU)
    clock.advance(30 * MINUTE_MS)
    expect(Notification.instances.at(-1)?.options.title).toBe('Hora de una pausa para estirar')
    setLanguage(companion, 'en')
    expect(labels(tray.menu)[0]).toBe('A break is due now')
    expect(labels(tray.menu).slice(1)).toEqual(ENGLISH_MENU.slice(1))
  })

  it('follows the system language when the setting is "system"', () => {
    app.preferredLanguages = ['es-MX', 'en-US']
    const { tray } = desktop('system')
    expect(labels(tray.menu)).toEqual(SPANISH_MENU)
  })

  it('shows a running cold pack in Spanish, and its end alert', () => {
    const { clock, companion, tray } = desktop('es')
    expect(companion.dispatch({ type: 'startTherapyEpisode', payload: { presetId: 'fresh-strain' } }).ok).toBe(true)
    expect(companion.dispatch({ type: 'confirmTherapySafety', payload: { itemIds: [...SAFETY_ITEM_IDS] } }).ok).toBe(
      true,
    )
    const started = companion.dispatch({
      type: 'startTherapySession',
      payload: { kind: 'cold', minutes: 20, presetId: 'fresh-strain' },
    })
    expect(started.ok).toBe(true)
    expect(labels(tray.menu)).toContain('Compresa fría: quedan 20:00')
    expect(labels(tray.menu)).toContain('Terminar la sesión de terapia')
    expect(tray.tooltip).toContain('Compresa fría: quedan 20:00')
    clock.advance(5 * MINUTE_MS)
    expect(Notification.instances.at(-1)?.options.title).toBe('Revisa tu piel')
    clock.advance(15 * MINUTE_MS)
    expect(Notification.instances.at(-1)?.options.title).toBe('Se acabó el tiempo: quítate la compresa fría')
    expect(labels(tray.menu)).toContain('Compresa fría: se acabó el tiempo, quítatela')
  })
})

describe('the quit guard and the shortcut notice in Spanish', () => {
  beforeEach(() => app.whenReady())

  it('asks in Spanish before quitting during a session', async () => {
    const { companion, language } = desktop('es')
    companion.dispatch({ type: 'startTherapyEpisode', payload: { presetId: 'spasm-stiffness' } })
    companion.dispatch({ type: 'confirmTherapySafety', payload: { itemIds: [...SAFETY_ITEM_IDS] } })
    companion.dispatch({
      type: 'startTherapySession',
      payload: { kind: 'heat', minutes: 20, presetId: 'spasm-stiffness' },
    })
    guardQuit(() => companion.getSnapshot(), language.t)
    app.emit('before-quit', { preventDefault: () => undefined })
    await vi.waitFor(() => expect(dialog.shown).toHaveLength(1), PATIENTLY)
    expect(dialog.shown[0]).toMatchObject({
      title: '¿Salir de Unknot?',
      message: '¿Salir con una sesión de terapia en curso?',
      detail:
        'Todavía hay una sesión con compresa caliente en curso. Si cierras Unknot, nadie te recordará que te quites la compresa.',
      buttons: ['Mantener abierto', 'Salir de todos modos'],
    })
  })

  it('words a refused shortcut in the current language', () => {
    globalShortcut.takenElsewhere.add('CommandOrControl+Alt+S')
    const language = hostLanguage('es')
    const shortcut = new StretchShortcut(() => undefined, language.t)
    const system = { ...defaultSettings().system, stretchShortcutEnabled: true }
    expect(shortcut.apply(system)).toBe(
      'Unknot no pudo registrar el atajo CommandOrControl+Alt+S: puede que otro programa lo esté usando o que este escritorio no permita atajos globales. Elige otro en Ajustes.',
    )
    language.follow('en')
    expect(shortcut.problem()).toBe(
      'Unknot could not register the shortcut CommandOrControl+Alt+S: another program may be using it, or this desktop does not allow global shortcuts. Choose another one in Settings.',
    )
  })
})

describe('the composition root in Spanish', () => {
  afterEach(() => {
    app.emit('will-quit')
    vi.resetModules()
  })

  // The only boot of index.ts in this file: after resetModules the fake electron would no longer be this one.
  it('draws the tray in the system language on first start', async () => {
    app.preferredLanguages = ['es-ES']
    await import('../../src/main/index')
    await vi.waitFor(() => expect(Tray.instances).toHaveLength(1), PATIENTLY)
    expect(labels(Tray.instances[0]?.menu).slice(1)).toEqual(SPANISH_MENU.slice(1))
  })
})
