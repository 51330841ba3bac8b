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

function q<const Id extends string>(id: Id, tier: RedFlagTier, sources: SourceId[], text: string) {
  return { id, tier, sources, text }
}

export const RED_FLAG_QUESTIONS = [
  q(
    'bladder-bowel',
    'emergency',
    ['nhs-ces'],
    'Is it newly hard to start or control peeing, or have you leaked urine or poo without meaning to?',
  ),
  q(
    'saddle-numbness',
    'emergency',
    ['nhs-ces'],
    'Is there numbness, tingling or less feeling around your bottom, genitals or inner thighs (for example when wiping)?',
  ),
  q('sexual-function', 'emergency', ['nhs-ces'], 'Have you newly lost sexual function or feeling in your genitals?'),
  q(
    'both-legs',
    'emergency',
    ['nhs-ces'],
    'Do you have pain, tingling, numbness or weakness in both legs, or leg weakness that keeps getting worse?',
  ),
  q('chest-pain', 'emergency', ['nhs-triage-back-pain'], 'Do you have chest pain along with the back pain?'),
  q('serious-accident', 'emergency', ['nhs-triage-back-pain'], 'Did the pain start after a serious accident?'),
  q(
    'fever',
    'urgent',
    ['mayo-see-doctor', 'nhs-back-pain'],
    'Do you have a high temperature (fever) as well as back pain?',
  ),
  q('fall-or-blow', 'urgent', ['mayo-see-doctor'], 'Did the pain start after a fall or a blow to your back?'),
  q(
    'one-leg-symptoms',
    'urgent',
    ['mayo-see-doctor'],
    'Does the pain spread down a leg, or is there new weakness, tingling or numbness in a leg?',
  ),
  q('weight-loss', 'urgent', ['mayo-see-doctor', 'nhs-back-pain'], 'Have you lost weight without trying?'),
  q(
    'night-or-rest-pain',
    'urgent',
    ['mayo-see-doctor', 'nhs-back-pain'],
    'Is the pain worse at night or when resting, or does rest not ease it at all?',
  ),
  q(
    'cough-sneeze',
    'urgent',
    ['nhs-triage-back-pain', 'nhs-back-pain'],
    'Does coughing, sneezing or going to the toilet for a poo make the pain worse?',
  ),
  q(
    'between-shoulder-blades',
    'urgent',
    ['nhs-triage-back-pain', 'nhs-back-pain'],
    'Is the pain high up between your shoulder blades rather than low down?',
  ),
  q(
    'lump-or-shape',
    'urgent',
    ['nhs-triage-back-pain', 'nhs-back-pain'],
    'Have you noticed a lump or swelling on your back, or a change in its shape?',
  ),
  q('cancer-history', 'urgent', ['mayo-see-doctor', 'nhs-back-pain'], 'Have you ever had cancer?'),
  q(
    'not-improving',
    'appointment',
    ['nhs-back-pain', 'mayo-see-doctor'],
    'Has the pain not started to get better after a few weeks of looking after it yourself?',
  ),
  q(
    'stops-daily-life',
    'appointment',
    ['nhs-back-pain'],
    'Is the pain stopping you from doing everyday things, or are you worried or finding it hard to cope?',
  ),
  // No guideline sets a number of episodes; asking at all is Unknot's own choice (facts sheet 2c).
  q(
    'recurrent-spasms',
    'appointment',
    ['cleveland-spasms'],
    'Do your spasms keep coming back even though you look after your back?',
  ),
] satisfies RedFlagQuestion[]

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
