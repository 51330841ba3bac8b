import { describe, expect, it } from 'vitest'
import { breakInstruction } from '../../../src/renderer/src/screens/today/labels'
import { createI18n, translatorOf } from '../../../src/shared/i18n'
import { catalog as english } from '../../../src/shared/i18n/en'
import { catalog as spanish } from '../../../src/shared/i18n/es'

describe('the water break prompt', () => {
  it('is the reminder the person set, with normal drinking and no advice to drink more', () => {
    const en = translatorOf(createI18n('en', { en: english, es: spanish }))
    const es = translatorOf(createI18n('es', { en: english, es: spanish }))
    expect(breakInstruction('water', 30, en)).toBe(
      'Your water reminder, as you set it. Drink as you normally would; the short walk to fetch a glass is a break too.',
    )
    expect(breakInstruction('water', 30, es)).toMatch(/^Tu recordatorio de agua, tal como lo configuraste\. Bebe como/)
  })
})
