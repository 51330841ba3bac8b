import { describe, expect, it } from 'vitest'
import { alertFor } from '../../../src/shared/hosting/alerts'
import { trayModelOf } from '../../../src/shared/hosting/tray-model'
import { createI18n, translatorOf } from '../../../src/shared/i18n'
import { catalog as english } from '../../../src/shared/i18n/en'
import { catalog as spanish } from '../../../src/shared/i18n/es'
import { desk } from '../reminders/desk'

const en = translatorOf(createI18n('en', { en: english, es: spanish }))
const es = translatorOf(createI18n('es', { en: english, es: spanish }))

/** A desk 15 s into the warning (the snapshot is the one published as it began) before its stretch break, in `mode`. */
function warned(mode: 'firm' | 'strict') {
  const d = desk()
  d.send('updateSettings', { patch: { reminders: { stretch: { mode } } } })
  d.sit(29.75)
  return d
}

describe('"Break in 30 seconds" outside the window', () => {
  it('is a quiet notification that the break itself replaces, in English and Spanish', () => {
    const { events } = warned('firm')
    const soon = events.find(({ event }) => event.type === 'break-soon')!
    expect(alertFor(soon, en)).toEqual({
      tag: 'break-due',
      title: 'Break in 30 seconds',
      body: 'A stretch break will take the screen. Finish your sentence.',
      opens: 'today',
      quiet: true,
    })
    expect(alertFor(soon, es)).toMatchObject({
      title: 'Pausa en 30 segundos',
      body: 'Una pausa para estirar va a ocupar la pantalla. Termina la frase.',
    })
    const due = alertFor({ domain: 'reminders', event: { type: 'break-due', kind: 'stretch', snoozesInARow: 0 } }, en)
    expect(due?.tag).toBe(alertFor(soon, en)?.tag)
  })

  it('heads the tray, which offers Snooze for a firm break and not for a strict one', () => {
    const firm = trayModelOf(warned('firm').companion.getSnapshot(), en)
    expect(firm).toMatchObject({
      icon: 'due',
      tooltip: 'Unknot: break in under a minute',
      statusLine: 'Break in under a minute',
      canSnooze: true,
    })
    const strict = trayModelOf(warned('strict').companion.getSnapshot(), es)
    expect(strict).toMatchObject({ statusLine: 'Pausa en menos de un minuto', canSnooze: false })
  })
})
