import { screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { SETTINGS_KEY } from '../../../src/renderer/src/host/browser-keys'
import { i18n } from '../../../src/renderer/src/i18n'
import { advance, openRoutines, timerText, useFakeTime } from './helpers'
import { inSpanish } from '../support'

const spoken: Array<{ text: string; lang: string }> = []
class FakeUtterance {
  volume = 1
  rate = 1
  lang = ''
  constructor(readonly text: string) {}
}
const fakeSpeech = {
  cancel: () => undefined,
  speak: (utterance: FakeUtterance) => spoken.push({ text: utterance.text, lang: utterance.lang }),
}

/** Spanish chosen in Settings (and spoken cues on), as a person who reads Spanish would have it. */
function chooseSpanish(): void {
  window.localStorage.setItem(
    SETTINGS_KEY,
    JSON.stringify({
      version: 1,
      appearance: { language: 'es' },
      sound: { chimes: false, spokenCues: true, volume: 0.5 },
    }),
  )
}

describe('routines in Spanish', () => {
  inSpanish()
  beforeEach(() => {
    useFakeTime()
    spoken.length = 0
    chooseSpanish()
  })

  it('shows the library, the player and its controls in Spanish, and speaks the cues in Spanish', async () => {
    vi.stubGlobal('speechSynthesis', fakeSpeech)
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance)
    const user = openRoutines()
    expect(await screen.findByRole('heading', { level: 2, name: 'Biblioteca' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Nueva rutina' })).toBeTruthy()
    expect(screen.getByRole('combobox', { name: 'Zona del cuerpo' })).toBeTruthy()
    expect(screen.getByRole('option', { name: 'Hasta 5 minutos' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 2, name: 'Sesiones recientes' })).toBeTruthy()

    const routine = i18n.t('Two-minute break')
    await user.click(screen.getByRole('button', { name: `Empezar ${routine}` }))
    await screen.findByRole('heading', { level: 2, name: routine })
    expect(screen.getByText('Prepárate')).toBeTruthy()
    expect(screen.getByText('Paso 1 de 4')).toBeTruthy()
    expect(timerText()).toBe('Quedan 5 segundos en este paso')
    expect(screen.getByRole('group', { name: 'Controles de la rutina' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Pausar' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Saltar' })).toBeTruthy()

    await advance(5_000)
    expect(spoken).toEqual([{ text: `Empieza: ${i18n.t('Stand up and move')}`, lang: 'es' }])
    expect(screen.getByRole('heading', { level: 3, name: 'Cómo hacerlo' })).toBeTruthy()
    await user.keyboard(' ')
    expect(screen.getByRole('button', { name: 'Reanudar' })).toBeTruthy()
    expect(screen.getByText('En pausa.')).toBeTruthy()
    await user.keyboard('{Escape}')
    expect(screen.getByRole('alertdialog', { name: '¿Terminar esta rutina?' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Terminar rutina' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Rutina terminada' })).toBeTruthy()
    expect(screen.getByRole('radio', { name: '0, sin dolor' })).toBeTruthy()
  })

  it('words every refusal of a routine in Spanish and marks the step it names', async () => {
    const user = openRoutines()
    await user.click(await screen.findByRole('button', { name: 'Nueva rutina' }))
    await user.click(screen.getByRole('button', { name: 'Guardar rutina' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ponle un nombre a la rutina. Una rutina necesita al menos un ejercicio.',
    )
    await user.type(screen.getByRole('textbox', { name: 'Nombre de la rutina' }), 'Pausa de mediodía')
    await user.click(screen.getByRole('button', { name: /Retracción de barbilla/ }))
    const reps = screen.getByRole('spinbutton', { name: /paso 1/i })
    await user.clear(reps)
    await user.type(reps, '99')
    await user.click(screen.getByRole('button', { name: 'Guardar rutina' }))
    expect((await screen.findByText('Paso 1: Haz 30 repeticiones como máximo.')).getAttribute('role')).toBe('alert')
    expect(reps.getAttribute('aria-invalid')).toBe('true')
  })
})
