import { describe, expect, it } from 'vitest'
import { createI18n, translatorOf } from '../../src/shared/i18n'
import { catalog as english } from '../../src/shared/i18n/en'
import { catalog as spanish } from '../../src/shared/i18n/es'
import { describeDuration, formatClock, formatMinutes } from '../../src/renderer/src/format'

const en = translatorOf(createI18n('en', { en: english }))
const es = translatorOf(createI18n('es', { en: english, es: spanish }))

describe('duration formatting', () => {
  it('shows a countdown clock that rounds up', () => {
    expect(formatClock(485_000)).toBe('8:05')
    expect(formatClock(484_001)).toBe('8:05')
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(-5)).toBe('0:00')
    expect(formatClock(3_723_000)).toBe('1:02:03')
  })

  it('speaks minutes for sentences and screen readers', () => {
    expect(formatMinutes(12 * 60_000, en)).toBe('12 min')
    expect(formatMinutes(65 * 60_000, en)).toBe('1 h 5 min')
    expect(formatMinutes(120 * 60_000, en)).toBe('2 h')
    expect(formatMinutes(20_000, en)).toBe('less than a minute')
    expect(describeDuration(61_000, en, 'en')).toBe('1 minute 1 second')
    expect(describeDuration(120_000, en, 'en')).toBe('2 minutes')
    expect(describeDuration(0, en, 'en')).toBe('0 seconds')
  })

  it('speaks them in Spanish, with Spanish plurals', () => {
    expect(formatMinutes(12 * 60_000, es)).toBe('12 min')
    expect(formatMinutes(65 * 60_000, es)).toBe('1 h 5 min')
    expect(formatMinutes(20_000, es)).toBe('menos de un minuto')
    expect(describeDuration(61_000, es, 'es')).toBe('1 minuto 1 segundo')
    expect(describeDuration(150_000, es, 'es')).toBe('2 minutos 30 segundos')
    expect(describeDuration(0, es, 'es')).toBe('0 segundos')
  })
})
