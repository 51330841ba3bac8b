import { describe, expect, it } from 'vitest'
import { seeADoctor } from '../../../src/shared/content/articles/see-a-doctor'
import { RED_FLAG_OUTCOMES } from '../../../src/shared/content/redflags'
import { catalog as spanish } from '../../../src/shared/i18n/es'

/** Headings and paragraphs of one section of "When to see a doctor" (its list items are the signs, not the tier). */
function wordsOfSection(id: string): string[] {
  const section = seeADoctor.sections.find((candidate) => candidate.id === id)
  if (!section) throw new Error(`no section ${id}`)
  return [section.heading, ...section.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []))]
}

/** Every text that says which tier a person is in: outcome, badge, journal label, article heading and advice. */
const tierTexts = {
  emergency: [
    RED_FLAG_OUTCOMES.emergency.title,
    RED_FLAG_OUTCOMES.emergency.advice,
    'Emergency',
    'get emergency care now',
    ...wordsOfSection('emergency'),
  ],
  urgent: [
    RED_FLAG_OUTCOMES.urgent.title,
    RED_FLAG_OUTCOMES.urgent.advice,
    'Urgent: today',
    'get medical advice today',
    ...wordsOfSection('same-day'),
  ],
}

/** The same-day tier's key word in Spanish: urgente, urgencia, urgencias. */
const URGENT_WORD = /urgen(te|cia)/i

describe('red-flag tiers in Spanish', () => {
  const inSpanish = (texts: string[]) => texts.map((text) => spanish[text] ?? `(untranslated) ${text}`)

  it('words the same-day tier with "urgente"', () => {
    expect(inSpanish(tierTexts.urgent).filter((text) => URGENT_WORD.test(text)).length).toBeGreaterThan(0)
  })

  it('never words the emergency tier with the same-day tier’s key word', () => {
    expect(inSpanish(tierTexts.emergency).filter((text) => URGENT_WORD.test(text))).toEqual([])
  })

  it('reads as an emergency: the emergency headings and advice say "emergencia"', () => {
    expect(spanish['Get emergency help now']).toBe('Busca ayuda de emergencia ahora')
    expect(spanish[RED_FLAG_OUTCOMES.emergency.title]).toBe('Busca atención de emergencia ahora')
    for (const text of [RED_FLAG_OUTCOMES.emergency.title, RED_FLAG_OUTCOMES.emergency.advice, 'Emergency'])
      expect(spanish[text]).toMatch(/emergencia/i)
  })
})
