import { describe, expect, it } from 'vitest'
import { Companion } from '../../../src/shared/app/companion'
import { createI18n, translatorOf } from '../../../src/shared/i18n'
import { catalog as english } from '../../../src/shared/i18n/en'
import { catalog as spanish } from '../../../src/shared/i18n/es'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'
import { MINUTE_MS } from '../../../src/shared/kernel/time'
import { statusText } from '../../../src/renderer/src/screens/today/labels'

const en = translatorOf(createI18n('en', { en: english, es: spanish }))
const es = translatorOf(createI18n('es', { en: english, es: spanish }))

function today() {
  const clock = new ManualClock(Date.parse('2026-11-25T09:00:00Z'))
  const companion = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'UTC',
    stores: { settings: new MemoryStore(), data: new MemoryRecords() },
  })
  companion.observe({ type: 'idle', seconds: 0 })
  const says = (t = en) => {
    const snapshot = companion.getSnapshot()
    return statusText(snapshot.reminders, snapshot.at, 'UTC', t, 'en')
  }
  return { clock, companion, says }
}

describe('Today says why a prompt waits', () => {
  it('in a call, in a calendar meeting (until when), presenting; sitting otherwise', () => {
    const { clock, companion, says } = today()
    expect(says()).toBe('Sitting: your time at the desk counts toward your next break.')
    companion.observe({ type: 'call', active: true })
    expect(says()).toBe('In a call — your break comes when it ends.')
    expect(says(es)).toBe('En una llamada; tu pausa llegará cuando termine.')
    companion.observe({ type: 'call', active: false })
    const start = clock.now()
    companion.observe({ type: 'calendar', busy: [{ startWall: start, endWall: start + 150 * MINUTE_MS }] })
    expect(says()).toBe('Meeting until 11:30 (calendar) — your break comes when it ends.')
    companion.observe({ type: 'calendar', busy: [] })
    companion.observe({ type: 'fullscreen', fullscreen: true })
    expect(says()).toBe('Presenting — your break comes when you stop.')
  })
})
