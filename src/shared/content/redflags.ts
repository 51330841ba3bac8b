import { z } from 'zod'
import type { SourceId } from './sources'

/** Tiers follow section 2 of the facts sheet (2a, 2b, 2c); 'self-care' is what is left when nothing matches. */
export type RedFlagTier = 'emergency' | 'urgent' | 'appointment'
export type RedFlagOutcome = RedFlagTier | 'self-care'

export interface RedFlagQuestion {
  id: string
  text: string
  tier: RedFlagTier
  sources: SourceId[]
}

export const RED_FLAG_QUESTIONS = [
  {
    id: 'bladder-bowel',
    tier: 'emergency',
    sources: ['nhs-ces'],
    text: 'Is it newly hard to start or control peeing, or have you leaked urine or poo without meaning to?',
  },
  {
    id: 'saddle-numbness',
    tier: 'emergency',
    sources: ['nhs-ces'],
    text: 'Is there numbness, tingling or less feeling around your bottom, genitals or inner thighs (for example when wiping)?',
  },
  {
    id: 'sexual-function',
    tier: 'emergency',
    sources: ['nhs-ces'],
    text: 'Have you newly lost sexual function or feeling in your genitals?',
  },
  {
    id: 'both-legs',
    tier: 'emergency',
    sources: ['nhs-ces'],
    text: 'Do you have pain, tingling, numbness or weakness in both legs, or leg weakness that keeps getting worse?',
  },
  {
    id: 'chest-pain',
    tier: 'emergency',
    sources: ['nhs-ces'],
    text: 'Do you have chest pain along with the back pain?',
  },
  {
    id: 'serious-accident',
    tier: 'emergency',
    sources: ['nhs-ces'],
    text: 'Did the pain start after a serious accident?',
  },
  {
    id: 'fever',
    tier: 'urgent',
    sources: ['mayo-see-doctor', 'nhs-back-pain'],
    text: 'Do you have a high temperature (fever) as well as back pain?',
  },
  {
    id: 'fall-or-blow',
    tier: 'urgent',
    sources: ['mayo-see-doctor'],
    text: 'Did the pain start after a fall or a blow to your back?',
  },
  {
    id: 'one-leg-symptoms',
    tier: 'urgent',
    sources: ['mayo-see-doctor'],
    text: 'Does the pain spread down a leg, or is there new weakness, tingling or numbness in a leg?',
  },
  {
    id: 'weight-loss',
    tier: 'urgent',
    sources: ['mayo-see-doctor', 'nhs-back-pain'],
    text: 'Have you lost weight without trying?',
  },
  {
    id: 'night-or-rest-pain',
    tier: 'urgent',
    sources: ['mayo-see-doctor', 'nhs-back-pain'],
    text: 'Is the pain worse at night or when resting, or does rest not ease it at all?',
  },
  {
    id: 'lump-or-shape',
    tier: 'urgent',
    sources: ['nhs-back-pain'],
    text: 'Have you noticed a lump or swelling on your back, or a change in its shape?',
  },
  {
    id: 'cancer-history',
    tier: 'urgent',
    sources: ['mayo-see-doctor', 'nhs-back-pain'],
    text: 'Have you ever had cancer?',
  },
  {
    id: 'not-improving',
    tier: 'appointment',
    sources: ['nhs-back-pain', 'mayo-see-doctor'],
    text: 'Has the pain not started to get better after a few weeks of looking after it yourself?',
  },
  {
    id: 'stops-daily-life',
    tier: 'appointment',
    sources: ['nhs-back-pain'],
    text: 'Is the pain stopping you from doing everyday things, or are you worried or finding it hard to cope?',
  },
  {
    id: 'recurrent-spasms',
    tier: 'appointment',
    sources: ['cleveland-spasms'],
    text: 'Do your spasms keep coming back even though you look after your back?',
  },
] as const satisfies readonly RedFlagQuestion[]

export type RedFlagQuestionId = (typeof RED_FLAG_QUESTIONS)[number]['id']

const questionIds = RED_FLAG_QUESTIONS.map((question) => question.id) as [RedFlagQuestionId, ...RedFlagQuestionId[]]

/** Answers keyed by question id; unanswered questions count as "no". Unknown ids are rejected. */
export const redFlagAnswersPayload = z.partialRecord(
  z.enum(questionIds, { error: 'That is not one of the checklist questions.' }),
  z.boolean({ error: 'Each answer must be yes or no.' }),
)

export type RedFlagAnswers = z.infer<typeof redFlagAnswersPayload>

export interface RedFlagResult {
  outcome: RedFlagOutcome
  title: string
  advice: string
  reasons: string[]
  sources: SourceId[]
}

const OUTCOME_TEXT: Record<RedFlagOutcome, { title: string; advice: string; sources: SourceId[] }> = {
  emergency: {
    title: 'Get emergency care now',
    advice: 'Call your emergency number or go to an emergency department (A&E) now. Do not drive yourself there.',
    sources: ['nhs-ces'],
  },
  urgent: {
    title: 'Get medical advice today',
    advice: 'Contact your doctor (GP) or an urgent advice line today. Do not wait to see if it passes.',
    sources: ['mayo-see-doctor', 'nhs-back-pain'],
  },
  appointment: {
    title: 'Book an appointment',
    advice: 'Arrange to see your doctor (GP) or a physiotherapist. It is not an emergency, but it is worth a check.',
    sources: ['nhs-back-pain', 'mayo-see-doctor'],
  },
  'self-care': {
    title: 'Looking after yourself is reasonable',
    advice:
      'Nothing you answered points to a need for a doctor right now. Keep gently active, try heat, and check again if anything changes.',
    sources: ['nhs-back-pain', 'cochrane-heat-cold'],
  },
}

/** The tiers come from UK NHS sources; contact wording is kept neutral so it reads outside the UK too. */
export const RED_FLAG_REGION_NOTE =
  'These signs come mostly from UK NHS guidance. Use the emergency and urgent advice services where you live.'

const TIER_ORDER: RedFlagTier[] = ['emergency', 'urgent', 'appointment']

/** Highest tier with a "yes" wins; its matched questions are the reasons. */
export function assessRedFlags(answers: RedFlagAnswers): RedFlagResult {
  const yes = RED_FLAG_QUESTIONS.filter((question) => answers[question.id] === true)
  for (const tier of TIER_ORDER) {
    const matched = yes.filter((question) => question.tier === tier)
    if (matched.length > 0) {
      const sources = [...new Set<SourceId>(matched.flatMap((question) => question.sources))]
      return { outcome: tier, ...OUTCOME_TEXT[tier], reasons: matched.map((question) => question.text), sources }
    }
  }
  return { outcome: 'self-care', ...OUTCOME_TEXT['self-care'], reasons: [] }
}
