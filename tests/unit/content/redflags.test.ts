import { describe, expect, it } from 'vitest'
import {
  assessRedFlags,
  NONE_APPLY_NEEDED,
  RED_FLAG_QUESTIONS,
  redFlagAnswersPayload,
  type RedFlagAnswers,
  type RedFlagQuestionId,
  type RedFlagResult,
} from '../../../src/shared/content/redflags'
import { isSourceId } from '../../../src/shared/content/sources'

function resultOf(answers: RedFlagAnswers, noneApply = false): RedFlagResult {
  const assessment = assessRedFlags({ answers, noneApply })
  if (!assessment.ok) throw new Error(`expected an outcome, got: ${assessment.error}`)
  return assessment.result
}

function questionText(id: RedFlagQuestionId): string {
  const question = RED_FLAG_QUESTIONS.find((candidate) => candidate.id === id)
  if (!question) throw new Error(`no question ${id}`)
  return question.text
}

describe('red-flag checker', () => {
  it('does not take an empty form as a "no": it asks for "none of these apply" and shows no outcome', () => {
    expect(assessRedFlags({ answers: {}, noneApply: false })).toEqual({ ok: false, error: NONE_APPLY_NEEDED })
    expect(assessRedFlags({ answers: { fever: false, 'chest-pain': false }, noneApply: false })).toEqual({
      ok: false,
      error: NONE_APPLY_NEEDED,
    })
    expect(NONE_APPLY_NEEDED).toContain('None of these apply to me')
  })

  it('says self-care is reasonable once "none of these apply" is chosen, or every question is answered no', () => {
    const none = resultOf({}, true)
    expect(none.outcome).toBe('self-care')
    expect(none.reasons).toEqual([])
    const allNo = Object.fromEntries(RED_FLAG_QUESTIONS.map((question) => [question.id, false])) as RedFlagAnswers
    expect(resultOf(allNo).outcome).toBe('self-care')
  })

  it('lets a "yes" win over "none of these apply"', () => {
    expect(resultOf({ 'chest-pain': true }, true).outcome).toBe('emergency')
  })

  it('sends loss of bladder control to emergency care with the CES source', () => {
    const result = resultOf({ 'bladder-bowel': true })
    expect(result.outcome).toBe('emergency')
    expect(result.title).toBe('Get emergency care now')
    expect(result.sources).toEqual(['nhs-ces'])
    expect(result.reasons).toEqual([questionText('bladder-bowel')])
  })

  it.each([
    ['abdominal-pain', /tummy \(abdominal\) pain, or a throbbing feeling in your belly/, ['mayo-see-doctor']],
    ['bladder-feeling', /feeling when you pee.*whether your bladder is full/, ['nhs-ces', 'nhs-triage-back-pain']],
    ['difficulty-walking', /difficult to walk/, ['nhs-triage-back-pain']],
  ] as const)('treats the new sign %s as an emergency', (id, wording, sources) => {
    const result = resultOf({ [id]: true })
    expect(result.outcome).toBe('emergency')
    expect(result.reasons).toEqual([questionText(id)])
    expect(result.reasons[0]).toMatch(wording)
    expect(result.sources).toEqual(sources)
  })

  it('asks for advice the same day after a recent urinary infection or a bladder change', () => {
    const result = resultOf({ 'urinary-infection': true })
    expect(result.outcome).toBe('urgent')
    expect(result.title).toBe('Get medical advice today')
    expect(result.reasons[0]).toMatch(/urinary infection.*bladder works/)
    expect(result.sources).toEqual(['mayo-see-doctor'])
  })

  it('names the back passage in the saddle-numbness question', () => {
    expect(questionText('saddle-numbness')).toMatch(/around your bottom or back passage/)
    expect(resultOf({ 'saddle-numbness': true }).outcome).toBe('emergency')
  })

  it('treats fever as urgent same-day advice', () => {
    expect(resultOf({ fever: true }).outcome).toBe('urgent')
  })

  it('books an appointment for spasms that keep coming back', () => {
    const result = resultOf({ 'recurrent-spasms': true })
    expect(result.outcome).toBe('appointment')
    expect(result.sources).toEqual(['cleveland-spasms'])
  })

  it('lets the highest tier win and lists only that tier as reasons', () => {
    const result = resultOf({ 'not-improving': true, fever: true, 'saddle-numbness': true })
    expect(result.outcome).toBe('emergency')
    expect(result.reasons).toEqual([questionText('saddle-numbness')])
    expect(resultOf({ 'not-improving': true, 'weight-loss': true }).outcome).toBe('urgent')
  })

  it('accepts known answers and rejects an unknown question id or a non-boolean', () => {
    expect(redFlagAnswersPayload.safeParse({ fever: true }).success).toBe(true)
    expect(redFlagAnswersPayload.safeParse({ 'made-up': true }).success).toBe(false)
    expect(redFlagAnswersPayload.safeParse({ fever: 'yes' }).success).toBe(false)
  })

  it('gives every question a unique id, a sign for the article and known sources (never the unconfirmed page)', () => {
    const ids = RED_FLAG_QUESTIONS.map((question) => question.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const question of RED_FLAG_QUESTIONS) {
      expect(question.sign.trim()).not.toBe('')
      expect(question.sources.length).toBeGreaterThan(0)
      for (const source of question.sources) expect(isSourceId(source)).toBe(true)
      expect(question.sources).not.toContain('nhs-gp-back-pain')
    }
    for (const tier of ['emergency', 'urgent', 'appointment', 'self-care'] as const) {
      const first = RED_FLAG_QUESTIONS.find((question) => question.tier === tier)
      const result = first ? resultOf({ [first.id]: true }) : resultOf({}, true)
      expect(result.sources).not.toContain('nhs-gp-back-pain')
    }
  })
})
