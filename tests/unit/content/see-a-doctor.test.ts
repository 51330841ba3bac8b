import { afterEach, describe, expect, it, vi } from 'vitest'
import { seeADoctor } from '../../../src/shared/content/articles/see-a-doctor'
import {
  RED_FLAG_OUTCOMES,
  RED_FLAG_QUESTIONS,
  type RedFlagQuestion,
  type RedFlagTier,
} from '../../../src/shared/content/redflags'

function section(id: string) {
  const found = seeADoctor.sections.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no section ${id}`)
  return found
}

function listItems(id: string): string[] {
  return section(id).blocks.flatMap((block) => (block.type === 'list' ? block.items : []))
}

function signsOf(tier: RedFlagTier): string[] {
  return RED_FLAG_QUESTIONS.filter((question) => question.tier === tier).map((question) => question.sign)
}

describe('"When to see a doctor" and the red-flag checker', () => {
  it('list the same warning signs, item for item and in the same order, from one list', () => {
    expect(listItems('emergency')).toEqual(signsOf('emergency'))
    expect(listItems('same-day')).toEqual(signsOf('urgent'))
    expect(listItems('book')).toEqual(signsOf('appointment'))
    // Every question of the checker appears in the article once.
    expect([...listItems('emergency'), ...listItems('same-day'), ...listItems('book')]).toHaveLength(
      RED_FLAG_QUESTIONS.length,
    )
  })

  describe('one list, not two kept in step', () => {
    afterEach(() => vi.resetModules())

    it('a sign added to the checker appears in the article, in its tier, with its source', async () => {
      vi.resetModules()
      const checker = await import('../../../src/shared/content/redflags')
      const added: RedFlagQuestion = {
        id: 'added-for-test',
        tier: 'urgent',
        sources: ['who-lbp'],
        text: 'Is this a sign added by the test?',
        sign: 'a sign added by the test',
      }
      ;(checker.RED_FLAG_QUESTIONS as RedFlagQuestion[]).push(added)
      const { seeADoctor: rebuilt } = await import('../../../src/shared/content/articles/see-a-doctor')
      const sameDay = rebuilt.sections.find((candidate) => candidate.id === 'same-day')
      expect(sameDay?.blocks.flatMap((block) => (block.type === 'list' ? block.items : []))).toContain(added.sign)
      expect(sameDay?.sources).toContain('who-lbp')
    })
  })

  it('names in the article the signs the clinical read found missing from one side', () => {
    const emergency = listItems('emergency').join('\n')
    expect(emergency).toMatch(/chest pain/)
    expect(emergency).toMatch(/serious accident/)
    expect(emergency).toMatch(/tummy \(abdominal\) pain/)
    expect(emergency).toMatch(/difficult to walk/)
    expect(emergency).toMatch(/whether your bladder is full/)
    expect(emergency).toMatch(/bottom or back passage/)
    const sameDay = listItems('same-day').join('\n')
    expect(sameDay).toMatch(/coughing, sneezing/)
    expect(sameDay).toMatch(/between your shoulder blades/)
    expect(sameDay).toMatch(/a lump or swelling/)
    expect(sameDay).toMatch(/urinary infection/)
  })

  it('gives the checker’s advice in the article and cites every source behind each list', () => {
    expect(section('emergency').blocks).toContainEqual({ type: 'paragraph', text: RED_FLAG_OUTCOMES.emergency.advice })
    expect(section('same-day').blocks).toContainEqual({ type: 'paragraph', text: RED_FLAG_OUTCOMES.urgent.advice })
    const tiers = { emergency: 'emergency', 'same-day': 'urgent', book: 'appointment' } as const
    for (const [id, tier] of Object.entries(tiers)) {
      const cited = section(id).sources
      for (const question of RED_FLAG_QUESTIONS.filter((candidate) => candidate.tier === tier))
        for (const source of question.sources) expect(cited).toContain(source)
      expect(cited).not.toContain('nhs-gp-back-pain')
    }
  })
})
