import { describe, expect, it } from 'vitest'
import { assessRedFlags, RED_FLAG_QUESTIONS, redFlagAnswersPayload } from '../../../src/shared/content/redflags'
import { isSourceId } from '../../../src/shared/content/sources'

describe('red-flag checker', () => {
  it('says self-care is reasonable when nothing is ticked', () => {
    const result = assessRedFlags({ fever: false })
    expect(result.outcome).toBe('self-care')
    expect(result.reasons).toEqual([])
  })

  it('sends loss of bladder control to emergency care with the CES source', () => {
    const result = assessRedFlags({ 'bladder-bowel': true })
    expect(result.outcome).toBe('emergency')
    expect(result.title).toBe('Get emergency care now')
    expect(result.sources).toEqual(['nhs-ces'])
    expect(result.reasons).toHaveLength(1)
    expect(result.reasons[0]).toMatch(/peeing/)
  })

  it('treats fever as urgent same-day advice', () => {
    expect(assessRedFlags({ fever: true }).outcome).toBe('urgent')
  })

  it('books an appointment for spasms that keep coming back', () => {
    const result = assessRedFlags({ 'recurrent-spasms': true })
    expect(result.outcome).toBe('appointment')
    expect(result.sources).toEqual(['cleveland-spasms'])
  })

  it('lets the highest tier win and lists only that tier as reasons', () => {
    const result = assessRedFlags({ 'not-improving': true, fever: true, 'saddle-numbness': true })
    expect(result.outcome).toBe('emergency')
    expect(result.reasons).toHaveLength(1)
    expect(result.reasons[0]).toMatch(/genitals or inner thighs/)
    expect(assessRedFlags({ 'not-improving': true, 'weight-loss': true }).outcome).toBe('urgent')
  })

  it('accepts known answers and rejects an unknown question id or a non-boolean', () => {
    expect(redFlagAnswersPayload.safeParse({ fever: true }).success).toBe(true)
    expect(redFlagAnswersPayload.safeParse({ 'made-up': true }).success).toBe(false)
    expect(redFlagAnswersPayload.safeParse({ fever: 'yes' }).success).toBe(false)
  })

  it('gives every question a unique id and known sources', () => {
    const ids = RED_FLAG_QUESTIONS.map((question) => question.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const question of RED_FLAG_QUESTIONS) {
      expect(question.sources.length).toBeGreaterThan(0)
      for (const source of question.sources) expect(isSourceId(source)).toBe(true)
    }
  })
})
