import { describe, expect, it } from 'vitest'
import { handlers } from '../../../src/shared/app/handlers'
import { catalog as english } from '../../../src/shared/i18n/en'
import { catalog as spanish } from '../../../src/shared/i18n/es'
import { createI18n, translatorOf, type Translate } from '../../../src/shared/i18n'
import { importJournal, initialJournalState } from '../../../src/shared/journal'
import { failureText, interpolate, translateMessage } from '../../../src/shared/kernel/message'
import { restoreStored } from '../../../src/shared/app/restore'
import { initialRoutinesState, saveCustomRoutine } from '../../../src/shared/routines'
import { applySettingsPatch, defaultSettings } from '../../../src/shared/settings'
import { endSession, startSession, type TherapyState } from '../../../src/shared/therapy'
import type { CoreState } from '../../../src/shared/app/core-state'
import { at, min, readyState, unwrap } from '../therapy/helpers'

function translator(locale: 'en' | 'es'): Translate {
  return translatorOf(createI18n(locale, { en: english, es: spanish }))
}

const es = translator('es')
const en = translator('en')

describe('shared messages in Spanish', () => {
  it('words a refused settings value, per field and as the whole refusal', () => {
    const refused = applySettingsPatch(defaultSettings(), { reminders: { stretch: { everyMinutes: 5 } } })
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(refused.issues.map((issue) => es(issue.message))).toEqual([
      'El intervalo del recordatorio de estiramiento debe ser de al menos 10 minutos.',
    ])

    const core = { settings: defaultSettings() } as CoreState
    const outcome = handlers.updateSettings(core, { patch: { sound: { volume: 2 } } }, { at: at(0), timeZone: 'UTC' })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(failureText(es, outcome)).toBe('No se guardaron los ajustes. El volumen no puede ser superior al 100 %.')
    expect(failureText(en, outcome)).toBe(outcome.error)
  })

  it('words a restore notice, the settings file’s own problem included', () => {
    const { notices } = restoreStored({ settings: { version: 99 }, data: { version: 'old' } }, at(0))
    expect(notices.map((notice) => translateMessage(es, notice.message ?? notice.text))).toEqual([
      'El archivo de ajustes es de un Unknot más reciente (versión 99; este lee hasta la 2). ' +
        'Unknot está usando sus ajustes predeterminados. El archivo ilegible se guardó junto al nuevo.',
      'No se pudo leer tu historial guardado. Unknot empezó de cero donde fue necesario; el archivo ilegible se guardó.',
    ])
    for (const notice of notices) {
      expect(notice.message && interpolate(notice.message.text, notice.message.values)).toBe(notice.text)
      expect(translateMessage(en, notice.message ?? notice.text)).toBe(notice.text)
    }
  })

  it('words refusals that carry values: the therapy rest gap and a journal file with a repeated id', () => {
    const ended: TherapyState = unwrap(
      endSession(
        unwrap(startSession(readyState(), { kind: 'cold', minutes: 20, presetId: 'custom' }, at(0))).state,
        {},
        at(min(10)),
      ),
    ).state
    const rest = startSession(ended, { kind: 'heat', minutes: 10, presetId: 'custom' }, at(min(17) + 30_000))
    expect(rest.ok).toBe(false)
    if (rest.ok) return
    expect(rest.error).toMatch(/^Your skin needs a rest before the next pack: you can put one on in 12:30\. Skin that/)
    expect(failureText(es, rest)).toBe(
      'Tu piel necesita descansar antes de la siguiente compresa: podrás ponerte una dentro de 12:30. ' +
        'La piel que acaba de estar fría necesita tiempo para volver a la normalidad y, mientras tanto, siente ' +
        'menos el calor, así que una compresa caliente podría quemarla sin que te des cuenta.',
    )

    const entry = {
      kind: 'spasm',
      id: 'a',
      wall: 0,
      area: 'lower',
      side: 'left',
      intensity: 5,
      trigger: 'other',
      note: '',
    }
    const text = JSON.stringify({ format: 'unknot-journal', version: 1, entries: [entry, entry] })
    const twice = importJournal(initialJournalState(), { text })
    expect(twice.ok).toBe(false)
    if (twice.ok) return
    expect(failureText(es, twice)).toBe('El id "a" aparece dos veces en el archivo. No se importó nada.')

    const badField = JSON.stringify({ format: 'unknot-journal', version: 1, entries: [{ ...entry, intensity: 11 }] })
    const refused = importJournal(initialJournalState(), { text: badField })
    if (refused.ok) throw new Error('expected a refusal')
    expect(refused.error).toBe('Entry 1, intensity: Intensity goes from 0 to 10. Nothing was imported.')
    expect(failureText(es, refused)).toBe('Entrada 1, intensity: La intensidad va del 0 al 10. No se importó nada.')
  })

  it('words a routine the validator refuses, with its name and length', () => {
    const routine = { name: 'Quick', prepareSeconds: 0, items: [{ exerciseId: 'eye-break' }] }
    const short = saveCustomRoutine(initialRoutinesState(), { routine }, at(0))
    if (short.ok) throw new Error('expected a refusal')
    expect(short.error).toMatch(
      /^Routine “Quick”: a routine must last between 1 and 30 minutes \(this one lasts \d+ seconds\)\.$/,
    )
    expect(failureText(es, short)).toMatch(
      /^Rutina «Quick»: una rutina debe durar entre 1 y 30 minutos \(esta dura \d+ segundos\)\.$/,
    )
  })
})
