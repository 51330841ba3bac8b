import { describe, expect, it } from 'vitest'
import { SOURCE_IDS } from '../../../src/shared/content'
import { catalog as english } from '../../../src/shared/i18n/en'
import { catalog as spanish } from '../../../src/shared/i18n/es'

/** A source id as a whole word ("tm-ice-heat", not "ice and heat"). */
const RAW_ID = new RegExp(`(^|[^a-z0-9-])(${SOURCE_IDS.join('|')})(?![a-z0-9-])`)

/**
 * Every text a person can read passes through the catalogs: the Spanish catalog holds every English text as a key
 * (the catalog tests fail on any text without one), the English catalog the plural forms. Sources reach the screen
 * only as publisher and title, so no text may carry a source's id.
 */
describe('no translatable text shows a raw source id', () => {
  const texts = [...Object.keys(spanish), ...Object.values(spanish), ...Object.keys(english), ...Object.values(english)]

  it('checks the whole interface: articles, exercises, therapy, warning signs and screens', () => {
    expect(texts.length).toBeGreaterThan(1000)
    expect(RAW_ID.test('Cited: tm-ice-heat.')).toBe(true)
    expect(RAW_ID.test('Ice and heat therapy')).toBe(false)
  })

  it('finds none', () => {
    expect(texts.filter((text) => RAW_ID.test(text))).toEqual([])
  })
})
