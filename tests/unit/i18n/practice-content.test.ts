import { describe, expect, it } from 'vitest'
import {
  assessRedFlags,
  NONE_APPLY_LABEL,
  NONE_APPLY_NEEDED,
  RED_FLAG_QUESTIONS,
  RED_FLAG_REGION_NOTE,
  type RedFlagForm,
  type RedFlagResult,
  type RedFlagTier,
} from '../../../src/shared/content/redflags'
import { catalog as spanish } from '../../../src/shared/i18n/es'
import { practiceContent } from '../../../src/shared/i18n/es/practice-content'
import { BUILT_IN_ROUTINES, EXERCISES } from '../../../src/shared/routines'
import { KIND_LABEL, PRESETS, SAFETY_CHECKLIST, SKIN_CHECK_ADVICE, SKIN_CHECK_SIGNS } from '../../../src/shared/therapy'

/**
 * Fields that hold ids, enum values, numbers or source ids: machine-readable, never shown as prose. Every other
 * string anywhere in the content counts as shown, so a new text field (or a new sentence) fails the test until it is
 * translated.
 */
const MACHINE_FIELDS = new Set([
  'id',
  'exerciseId',
  'bodyAreas',
  'position',
  'sides',
  'sources',
  'pose',
  'kind',
  'kinds',
  'tier',
  'outcome',
])

/** Every string in a value, skipping machine-readable fields. */
function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(textsIn)
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([field, inner]) => (MACHINE_FIELDS.has(field) ? [] : textsIn(inner)))
  return []
}

function firstQuestionOf(tier: RedFlagTier): RedFlagForm {
  const question = RED_FLAG_QUESTIONS.find((candidate) => candidate.tier === tier)
  if (!question) throw new Error(`no red-flag question of tier ${tier}`)
  return { answers: { [question.id]: true }, noneApply: false }
}

function outcomeOf(form: RedFlagForm): RedFlagResult {
  const assessment = assessRedFlags(form)
  if (!assessment.ok) throw new Error(assessment.error)
  return assessment.result
}

/** Every outcome the checklist can show: one per tier, and self-care when "none of these apply" is chosen. */
const redFlagOutcomes = [
  ...(['emergency', 'urgent', 'appointment'] as const).map((tier) => outcomeOf(firstQuestionOf(tier))),
  outcomeOf({ answers: {}, noneApply: true }),
]

const shownBy = {
  exercises: EXERCISES.flatMap(textsIn),
  routines: BUILT_IN_ROUTINES.flatMap(textsIn),
  therapy: [
    ...PRESETS.flatMap(textsIn),
    ...SAFETY_CHECKLIST.flatMap(textsIn),
    ...SKIN_CHECK_SIGNS,
    SKIN_CHECK_ADVICE,
    ...Object.values(KIND_LABEL),
  ],
  redFlags: [
    ...RED_FLAG_QUESTIONS.flatMap(textsIn),
    ...redFlagOutcomes.flatMap(textsIn),
    RED_FLAG_REGION_NOTE,
    NONE_APPLY_LABEL,
    NONE_APPLY_NEEDED,
  ],
}
const shown = new Set(Object.values(shownBy).flat())

describe('Spanish practice content', () => {
  it('walks every exercise, routine, therapy preset and red-flag item', () => {
    expect(EXERCISES.length).toBeGreaterThan(20)
    expect(shownBy.exercises).toEqual(
      expect.arrayContaining(['Knee rolls', 'Breathe naturally.', 'Leave this out if your shoulder is painful.']),
    )
    expect(shownBy.routines).toEqual(expect.arrayContaining(['Two-minute break', 'Wind-down']))
    expect(shownBy.therapy).toEqual(
      expect.arrayContaining(['Spasm or stiffness', 'blisters', 'Heat pack', SAFETY_CHECKLIST[0]?.text]),
    )
    expect(redFlagOutcomes.map((result) => result.outcome)).toEqual(['emergency', 'urgent', 'appointment', 'self-care'])
    expect(shownBy.redFlags).toEqual(expect.arrayContaining(['Get emergency care now', 'Have you ever had cancer?']))
    expect([...shown].filter((text) => /^[a-z0-9]+(-[a-z0-9]+)+$/.test(text))).toEqual([])
  })

  it.each(Object.entries(shownBy))('translates every text of the %s', (_, texts) => {
    const missing = [...new Set(texts)].filter((text) => !spanish[text]?.trim())
    expect(missing).toEqual([])
  })

  it('keeps no entry for a text the content no longer has', () => {
    expect(Object.keys(practiceContent).filter((key) => !shown.has(key))).toEqual([])
  })

  it('gives every text a Spanish translation, not the English left as it was', () => {
    expect(Object.entries(practiceContent).filter(([english, text]) => text === english)).toEqual([])
  })

  it('keeps the same placeholders and the same number of sentences', () => {
    const placeholders = (text: string): string[] => (text.match(/\{\{\w+\}\}/g) ?? []).sort()
    const sentences = (text: string): number => text.split(/[.?!]\s+(?=[A-Z¿¡])/).length
    const mismatched = Object.entries(practiceContent).filter(
      ([english, text]) =>
        placeholders(english).join() !== placeholders(text).join() || sentences(english) !== sentences(text),
    )
    expect(mismatched).toEqual([])
  })

  it('shows the red-flag outcomes in Spanish with the same urgency', () => {
    const [emergency, urgent] = redFlagOutcomes
    expect(spanish[emergency?.title ?? '']).toBe('Busca atención de emergencia ahora')
    expect(spanish[emergency?.advice ?? '']).toMatch(/^Llama ahora .*emergencias.*No vayas conduciendo/)
    expect(spanish[urgent?.advice ?? '']).toMatch(/hoy.*No esperes/)
  })
})
