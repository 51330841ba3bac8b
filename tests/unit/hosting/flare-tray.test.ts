import { describe, expect, it } from 'vitest'
import { Companion } from '../../../src/shared/app/companion'
import { createI18n, translatorOf } from '../../../src/shared/i18n'
import { catalog as english } from '../../../src/shared/i18n/en'
import { catalog as spanish } from '../../../src/shared/i18n/es'
import { trayModelOf } from '../../../src/shared/hosting/tray-model'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'

const en = translatorOf(createI18n('en', { en: english, es: spanish }))
const es = translatorOf(createI18n('es', { en: english, es: spanish }))

describe('the tray during flare mode', () => {
  it('says until when, in the person’s zone and language, and says nothing once it ends', () => {
    // Wednesday 25 November, 09:00 UTC = 10:00 in Madrid
    const clock = new ManualClock(Date.UTC(2026, 10, 25, 9))
    const companion = new Companion({
      clock,
      timers: clock,
      timeZone: () => 'Europe/Madrid',
      stores: { settings: new MemoryStore(), data: new MemoryRecords() },
    })
    expect(trayModelOf(companion.getSnapshot(), en).flareLine).toBeUndefined()
    companion.dispatch({ type: 'logSpasm', payload: { area: 'lower', side: 'both', intensity: 8, trigger: 'other' } })
    companion.dispatch({ type: 'acceptFlareMode' })
    expect(trayModelOf(companion.getSnapshot(), en).flareLine).toBe('Flare mode until Saturday 10:00')
    expect(trayModelOf(companion.getSnapshot(), es).flareLine).toBe('Modo brote hasta: Sábado, 10:00')
    companion.dispatch({ type: 'endFlareMode' })
    expect(trayModelOf(companion.getSnapshot(), en).flareLine).toBeUndefined()
  })
})
