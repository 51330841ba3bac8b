import { describe, expect, it } from 'vitest'
import { alertFor } from '../../../src/shared/hosting/alerts'
import { Companion } from '../../../src/shared/app/companion'
import type { Snapshot } from '../../../src/shared/contract/contract'
import { createI18n, translatorOf } from '../../../src/shared/i18n'
import { catalog as english } from '../../../src/shared/i18n/en'
import { catalog as spanish } from '../../../src/shared/i18n/es'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { SAFETY_ITEM_IDS, SKIN_CHECK_ADVICE } from '../../../src/shared/therapy'
import { MINUTE_MS } from '../../../src/shared/kernel/time'
import { ManualClock } from '../../support/manual-clock'
import { trayModelOf } from '../../../src/shared/hosting/tray-model'

const en = translatorOf(createI18n('en', { en: english, es: spanish }))
const es = translatorOf(createI18n('es', { en: english, es: spanish }))

function companion() {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 9))
  const made = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'UTC',
    stores: { settings: new MemoryStore(), data: new MemoryRecords() },
  })
  return { clock, companion: made }
}

function withCold(companion: Companion): void {
  companion.dispatch({ type: 'startTherapyEpisode', payload: { presetId: 'fresh-strain' } })
  companion.dispatch({ type: 'confirmTherapySafety', payload: { itemIds: [...SAFETY_ITEM_IDS] } })
  const started = companion.dispatch({
    type: 'startTherapySession',
    payload: { kind: 'cold', minutes: 10, presetId: 'fresh-strain' },
  })
  expect(started.ok).toBe(true)
}

describe('alerts in Spanish', () => {
  it('words each break reminder in Spanish', () => {
    const due = (kind: 'stretch' | 'micro' | 'water') =>
      alertFor({ domain: 'reminders', event: { type: 'break-due', kind, snoozesInARow: 0 } }, es)
    expect(due('stretch')).toEqual({
      tag: 'break-due',
      title: 'Hora de una pausa para estirar',
      body: 'Un par de minutos de movimiento suave. Abre Unknot para empezar.',
      opens: 'today',
    })
    expect(due('micro')?.title).toBe('Micropausa')
    expect(due('micro')?.body).toBe(
      'Mira algo a unos 6 m (20 pies) de distancia durante 20 segundos y siéntate con la espalda recta.',
    )
    expect(due('water')).toMatchObject({
      title: 'Pausa para beber agua',
      body: 'El recordatorio de agua que configuraste: un paseo corto para beber algo, si te apetece.',
    })
  })

  it('words the water reminder as the reminder the person chose, not as advice to drink more', () => {
    const water = alertFor({ domain: 'reminders', event: { type: 'break-due', kind: 'water', snoozesInARow: 0 } }, en)
    expect(water?.body).toBe('The water reminder you set: a short walk for a drink, if you want one.')
  })

  it('words the therapy alerts in Spanish, per pack', () => {
    const therapy = (event: Parameters<typeof alertFor>[0]['event']) =>
      alertFor({ domain: 'therapy', event } as Parameters<typeof alertFor>[0], es)
    const skin = therapy({ type: 'skin-check', kind: 'heat', lookFor: [], advice: SKIN_CHECK_ADVICE })
    expect(skin?.title).toBe('Revisa tu piel')
    expect(skin?.body).toMatch(/^Levanta la compresa caliente un momento\. /)
    expect(therapy({ type: 'end-alert-repeat', kind: 'cold', repeats: 2 })).toEqual({
      tag: 'therapy-end',
      title: 'Se acabó el tiempo: quítate la compresa fría',
      body: 'Tu sesión ha terminado. Abre Unknot para confirmar que te quitaste la compresa.',
      opens: 'therapy',
      requireInteraction: true,
    })
    expect(therapy({ type: 'rest-over', kind: 'heat' })).toMatchObject({
      title: 'Terminó el descanso',
      body: 'Puedes volver a usar la compresa caliente si aún la necesitas.',
    })
    expect(therapy({ type: 'suggest-switch' } as never)?.title).toBe('¿Es momento de pasar al calor?')
  })

  it('keeps the English wording', () => {
    const skin = alertFor(
      { domain: 'therapy', event: { type: 'skin-check', kind: 'cold', lookFor: [], advice: SKIN_CHECK_ADVICE } },
      en,
    )
    expect(skin?.body).toBe(`Lift the cold pack for a moment. ${SKIN_CHECK_ADVICE}`)
    const end = alertFor(
      { domain: 'therapy', event: { type: 'session-ended', kind: 'heat', endedEarly: false, whileClosed: false } },
      en,
    )
    expect(end?.title).toBe('Time is up: take the heat pack off')
    const rest = alertFor({ domain: 'therapy', event: { type: 'rest-over', kind: 'cold' } }, en)
    expect(rest?.body).toBe('You can use the cold pack again if you still need it.')
  })
})

describe('the tray model in Spanish', () => {
  it('counts down to the next break in Spanish', () => {
    const { companion: made } = companion()
    const model = trayModelOf(made.getSnapshot(), es)
    expect(model).toMatchObject({
      statusLine: 'Próxima pausa a las 09:30',
      tooltip: 'Unknot: próxima pausa a las 09:30',
    })
    expect(trayModelOf(made.getSnapshot(), en)).toMatchObject({
      statusLine: 'Next break at 09:30',
      tooltip: 'Unknot: next break at 09:30',
    })
  })

  it('words each reminder status in Spanish', () => {
    const { companion: made } = companion()
    const snapshot = made.getSnapshot()
    const statusOf = (status: Snapshot['reminders']['status']) =>
      trayModelOf({ ...snapshot, reminders: { ...snapshot.reminders, status } }, es)
    expect(statusOf('due')).toMatchObject({ statusLine: 'Toca una pausa ahora', tooltip: 'Unknot: hora de una pausa' })
    expect(statusOf('paused').statusLine).toBe('Recordatorios en pausa')
    expect(statusOf('meeting').statusLine).toBe('En una reunión: los recordatorios esperan')
    expect(statusOf('outside-hours').statusLine).toBe('Fuera del horario laboral')
    expect(statusOf('away')).toMatchObject({ statusLine: 'Lejos del escritorio', tooltip: 'Unknot: estás ausente' })
    expect(statusOf('on-break').statusLine).toBe('Tomando una pausa')
  })

  it('shows a running, paused and finished cold pack in Spanish and in English', () => {
    const { clock, companion: made } = companion()
    withCold(made)
    clock.advance(MINUTE_MS + 48_000)
    made.refresh()
    const running = made.getSnapshot()
    expect(trayModelOf(running, es).therapyLine).toBe('Compresa fría: quedan 08:12')
    expect(trayModelOf(running, es).tooltip).toMatch(/ · Compresa fría: quedan 08:12$/)
    expect(trayModelOf(running, en).therapyLine).toBe('Cold pack: 08:12 left')

    expect(made.dispatch({ type: 'pauseTherapySession' }).ok).toBe(true)
    const paused = made.getSnapshot()
    expect(trayModelOf(paused, es).therapyLine).toBe('Compresa fría: en pausa, quedan 08:12')
    expect(trayModelOf(paused, en).therapyLine).toBe('Cold pack: paused, 08:12 left')

    expect(made.dispatch({ type: 'resumeTherapySession' }).ok).toBe(true)
    clock.advance(10 * MINUTE_MS)
    const ended = made.getSnapshot()
    expect(trayModelOf(ended, es).therapyLine).toBe('Compresa fría: se acabó el tiempo, quítatela')
    expect(trayModelOf(ended, en).therapyLine).toBe('Cold pack: time is up, take it off')
  })
})
