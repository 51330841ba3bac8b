import { describe, expect, it } from 'vitest'
import { Companion } from '../../../src/shared/app/companion'
import { createI18n, translatorOf } from '../../../src/shared/i18n'
import { catalog as english } from '../../../src/shared/i18n/en'
import { catalog as spanish } from '../../../src/shared/i18n/es'
import { translateMessage } from '../../../src/shared/kernel/message'
import { loadSettings } from '../../../src/shared/settings'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'

const WEDNESDAY_9AM_NEW_YORK = Date.parse('2026-11-25T09:00:00-05:00')
const MINUTE = 60_000
const es = translatorOf(createI18n('es', { en: english, es: spanish }))

/** A companion in New York on a hand-driven clock; its stores outlive it, as files do across a restart. */
function desk(
  stores = { settings: new MemoryStore(), data: new MemoryRecords() },
  clock = new ManualClock(WEDNESDAY_9AM_NEW_YORK),
) {
  const companion = new Companion({ clock, timers: clock, timeZone: () => 'America/New_York', stores })
  const send = (type: string, payload: object = {}) => companion.dispatch({ type, payload } as never)
  const view = () => companion.getSnapshot().reminders
  /** Sits at the desk for `minutes`, with an idle reading every 10 s as the desktop host takes them. */
  const sit = (minutes: number) => {
    for (let ms = 0; ms < minutes * MINUTE; ms += 10_000) {
      companion.observe({ type: 'idle', seconds: 0 })
      clock.advance(10_000)
    }
    companion.observe({ type: 'idle', seconds: 0 })
  }
  return { companion, clock, stores, send, view, sit }
}

function strictDesk() {
  const d = desk()
  expect(d.send('updateSettings', { patch: { reminders: { stretch: { mode: 'strict' } } } })).toMatchObject({
    ok: true,
  })
  return d
}

describe('break modes in the reminder settings', () => {
  it('gives every break kind gentle unless the person chooses otherwise', () => {
    const { view, sit, companion } = desk()
    expect(companion.getSnapshot().settings.reminders.stretch.mode).toBe('gentle')
    sit(30)
    expect(view().prompt).toMatchObject({ kind: 'stretch', mode: 'gentle', canSkip: true, canSnooze: true })
  })

  it('migrates settings saved before modes: each break someone set up stays gentle', () => {
    const loaded = loadSettings({ version: 1, reminders: { stretch: { everyMinutes: 45 }, micro: { enabled: true } } })
    expect(loaded).toMatchObject({ ok: true, migratedFrom: 1 })
    if (!loaded.ok) return
    expect(loaded.settings.reminders.stretch).toMatchObject({ everyMinutes: 45, mode: 'gentle' })
    expect(loaded.settings.reminders.micro).toMatchObject({ enabled: true, mode: 'gentle' })
    expect(loaded.settings.reminders.water.mode).toBe('gentle')
  })

  it('refuses an unknown mode in English and Spanish, and keeps the settings as they were', () => {
    const { send, companion } = desk()
    const before = companion.getSnapshot().settings
    const refused = send('updateSettings', { patch: { reminders: { micro: { mode: 'harsh' } } } })
    expect(refused).toMatchObject({
      ok: false,
      issues: [{ path: 'reminders.micro.mode', message: 'A break mode is gentle, firm or strict.' }],
    })
    if (refused.ok || !refused.message) return
    expect(translateMessage(es, refused.message)).toBe(
      'No se guardaron los ajustes. El modo de una pausa es suave, firme o estricto.',
    )
    expect(companion.getSnapshot().settings).toBe(before)
  })

  it('lets a firm break be snoozed and skipped like a gentle one', () => {
    const { send, view, sit } = desk()
    send('updateSettings', { patch: { reminders: { stretch: { mode: 'firm' } } } })
    sit(30)
    expect(view().prompt).toMatchObject({ mode: 'firm', canSkip: true, canSnooze: true })
    expect(send('snoozeBreak', { minutes: 5 })).toMatchObject({ ok: true })
    sit(5)
    expect(send('skipBreak')).toMatchObject({ ok: true })
  })
})

describe('a strict break', () => {
  it('offers neither Snooze nor Skip, and refuses them (and a pause) without changing anything', () => {
    const { send, view, sit, companion } = strictDesk()
    sit(30)
    expect(view().prompt).toMatchObject({ kind: 'stretch', mode: 'strict', canSkip: false, canSnooze: false })
    expect(view().earlyExitsLeft).toBe(2)
    const before = companion.getSnapshot()
    const skip = send('skipBreak')
    expect(skip).toMatchObject({ ok: false, error: 'A strict break cannot be skipped.' })
    if (!skip.ok && skip.message)
      expect(translateMessage(es, skip.message)).toBe('Una pausa estricta no se puede saltar.')
    expect(send('snoozeBreak', { minutes: 10 })).toMatchObject({
      ok: false,
      error: 'A strict break cannot be snoozed.',
    })
    expect(send('pauseReminders', { for: '1h' })).toMatchObject({
      ok: false,
      error: 'A strict break is due: take it before pausing reminders.',
    })
    expect(companion.getSnapshot().revision).toBe(before.revision)
    expect(view().prompt?.kind).toBe('stretch')
  })

  it('can be left early twice a day by default, then only runs to its end', () => {
    const { send, view, sit, clock } = strictDesk()
    sit(30)
    expect(send('leaveBreakEarly')).toMatchObject({ ok: true })
    expect(view()).toMatchObject({ prompt: null, earlyExitsLeft: 1, today: { skipped: 1 } })

    sit(30)
    expect(send('startBreak')).toMatchObject({ ok: true })
    expect(view().onBreak).toMatchObject({ kind: 'stretch', mode: 'strict' })
    expect(send('endBreak')).toMatchObject({
      ok: false,
      error: "A strict break ends on its own, or with one of today's early exits.",
    })
    expect(send('leaveBreakEarly')).toMatchObject({ ok: true })
    expect(view()).toMatchObject({ onBreak: null, earlyExitsLeft: 0 })

    sit(30)
    const refused = send('leaveBreakEarly')
    expect(refused).toMatchObject({ ok: false, error: 'No early exits are left today: take this break to its end.' })
    if (!refused.ok && refused.message) {
      expect(translateMessage(es, refused.message)).toBe(
        'Hoy no te quedan salidas anticipadas: haz esta pausa hasta el final.',
      )
    }
    expect(view().prompt?.mode).toBe('strict')
    send('startBreak')
    clock.advance(3 * MINUTE)
    expect(view().onBreak).toBeNull()
  })

  it('gets its exits back at local midnight, not at midnight UTC', () => {
    const { send, view, sit, clock } = strictDesk()
    sit(30)
    send('leaveBreakEarly')
    expect(view().earlyExitsLeft).toBe(1)
    // midnight UTC (19:00 in New York) passes on the way: the budget follows the person's own midnight
    clock.advance(Date.parse('2026-11-25T23:59:00-05:00') - clock.now())
    expect(view().earlyExitsLeft).toBe(1)
    clock.advance(MINUTE)
    expect(view().earlyExitsLeft).toBe(2)
  })

  it('keeps the exits spent today across a restart', () => {
    const first = strictDesk()
    first.sit(30)
    first.send('leaveBreakEarly')
    first.companion.dispose()
    const second = desk(first.stores, first.clock)
    expect(second.companion.getSnapshot().settings.reminders.stretch.mode).toBe('strict')
    expect(second.view().earlyExitsLeft).toBe(1)
  })

  it('still waits for a call to end: a break screen never covers a call', () => {
    const { view, sit, companion } = strictDesk()
    companion.observe({ type: 'call', active: true })
    sit(45)
    expect(view().prompt).toBeNull()
    expect(view().waiting).toEqual({ reason: 'call' })
    companion.observe({ type: 'call', active: false })
    expect(view().prompt).toMatchObject({ mode: 'strict' })
  })

  it('waits for a meeting and for a presentation too', () => {
    const { view, sit, companion, send } = strictDesk()
    send('startMeeting', { minutes: 60 })
    companion.observe({ type: 'fullscreen', fullscreen: true })
    sit(40)
    expect(view().prompt).toBeNull()
    send('endMeeting')
    expect(view().prompt).toBeNull()
    companion.observe({ type: 'fullscreen', fullscreen: false })
    expect(view().prompt).toMatchObject({ mode: 'strict' })
  })
})
