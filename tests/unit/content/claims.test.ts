import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ARTICLES, isSourceId, type Section } from '../../../src/shared/content'
import { catalog as spanish } from '../../../src/shared/i18n/es'
import { BUILT_IN_ROUTINES } from '../../../src/shared/routines'

function section(articleId: string, sectionId: string): Section {
  const found = ARTICLES.find((article) => article.id === articleId)?.sections.find((s) => s.id === sectionId)
  if (!found) throw new Error(`test setup: no section ${articleId}/${sectionId}`)
  return found
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

function textOf(s: Section): string {
  return s.blocks.map((block) => (block.type === 'paragraph' ? block.text : '')).join(' ')
}

describe('health claims say only what their sources say', () => {
  it('prevention: exercise is backed for easing back pain, and the text says it is not shown to prevent spasms', () => {
    const stayActive = section('prevention', 'stay-active')
    expect(textOf(stayActive)).toMatch(/evidence about easing back pain, not about preventing spasms/)
    expect(stayActive.sources).toEqual(expect.arrayContaining(['acp-2017', 'nice-ng59']))
  })

  it('the floor strength routine makes no prevention promise', () => {
    const routine = BUILT_IN_ROUTINES.find((r) => r.id === 'core-prevention')
    expect(routine?.name).toBe('Gentle floor strength')
    expect(routine?.description).toMatch(/no routine is proven to prevent spasms/)
  })

  it('why spasms happen: low water, potassium or calcium is a listed possible trigger, magnesium makes little difference', () => {
    const fluids = section('why-spasms-happen', 'fluids-minerals')
    expect(textOf(fluids)).toMatch(/possible trigger, not a proven cause/)
    expect(textOf(fluids)).toMatch(/magnesium makes little or no difference/)
    expect(fluids.sources).toEqual(['cleveland-spasms', 'cochrane-magnesium'])
  })

  it('medicines: only what the cited clinic lists (prescribed muscle relaxants), and the person is sent to a pharmacist or doctor', () => {
    const medicines = section('quick-relief', 'medicines')
    expect(textOf(medicines)).toMatch(/^Muscle relaxants, which a doctor prescribes, are among the treatments/)
    expect(textOf(medicines)).toMatch(/ask a pharmacist or doctor what is safe for you/)
    expect(medicines.sources).toEqual(['cleveland-spasms'])
  })

  it('FAQ: heat’s trials were in low back pain, and saddle numbness names the bottom and back passage', () => {
    expect(textOf(section('faq', 'heat-or-ice'))).toMatch(/trial support, and those trials were in low back pain/)
    expect(textOf(section('faq', 'serious'))).toMatch(/numbness around your bottom, back passage or genitals/)
  })

  it('no text anywhere makes the claims the sources do not support', () => {
    // Every text a person can read is a key of the Spanish catalog (the catalog tests fail on any that is not).
    const texts = Object.keys(spanish)
    expect(texts.filter((text) => /best support|core strength/i.test(text))).toEqual([])
    // Water: the reminder is one the person chose; more water is never advised, only said not to be.
    expect(texts.filter((text) => /drink more/i.test(text) && !/not advice to drink more/.test(text))).toEqual([])
  })

  it('cites no source that could not be confirmed', () => {
    expect(isSourceId('nhs-gp-back-pain')).toBe(false)
    const citing = [...filesUnder('src'), ...filesUnder('docs'), 'README.md'].filter((file) =>
      readFileSync(file, 'utf8').includes('nhs-gp-back-pain'),
    )
    expect(citing).toEqual([])
  })
})
