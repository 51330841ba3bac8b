import { z } from 'zod'
import type { SourceId } from './sources'

/** Tiers: emergency care now, medical advice the same day, a booked check; 'self-care' when nothing matches. */
export type RedFlagTier = 'emergency' | 'urgent' | 'appointment'
export type RedFlagOutcome = RedFlagTier | 'self-care'

/**
 * One warning sign, the single source for both the checker and the "When to see a doctor" article: `text` is the
 * checker's question, `sign` the same sign as an item of the article's list.
 */
export interface RedFlagQuestion {
  id: string
  text: string
  sign: string
  tier: RedFlagTier
  sources: SourceId[]
}

function q<const Id extends string>(id: Id, tier: RedFlagTier, sources: SourceId[], text: string, sign: string) {
  return { id, tier, sources, text, sign }
}

export const RED_FLAG_QUESTIONS = [
  // Possible cauda equina syndrome (nhs-ces); the triage page lists the bladder-feeling signs too.
  q(
    'bladder-bowel',
    'emergency',
    ['nhs-ces'],
    'Is it newly hard to start or control peeing, or have you leaked urine or poo without meaning to?',
    'new trouble starting or controlling your pee, or leaking urine or poo',
  ),
  q(
    'bladder-feeling',
    'emergency',
    ['nhs-ces', 'nhs-triage-back-pain'],
    'Have you lost the feeling when you pee, or can you no longer tell whether your bladder is full?',
    'not being able to feel when you pee, or not knowing whether your bladder is full',
  ),
  q(
    'saddle-numbness',
    'emergency',
    ['nhs-ces'],
    'Is there numbness, tingling or less feeling around your bottom or back passage, your genitals or inner thighs (for example when wiping)?',
    'numbness, tingling or less feeling around your bottom or back passage, your genitals or inner thighs',
  ),
  q(
    'sexual-function',
    'emergency',
    ['nhs-ces'],
    'Have you newly lost sexual function or feeling in your genitals?',
    'new loss of sexual function or of feeling in your genitals',
  ),
  q(
    'both-legs',
    'emergency',
    ['nhs-ces'],
    'Do you have pain, tingling, numbness or weakness in both legs, or leg weakness that keeps getting worse?',
    'pain, tingling, numbness or weakness in both legs, or leg weakness that is getting worse',
  ),
  q(
    'difficulty-walking',
    'emergency',
    ['nhs-triage-back-pain'],
    'Are you finding it difficult to walk?',
    'finding it difficult to walk',
  ),
  q(
    'chest-pain',
    'emergency',
    ['nhs-triage-back-pain'],
    'Do you have chest pain along with the back pain?',
    'chest pain along with the back pain',
  ),
  // Mayo Clinic lists tummy pain or a throbbing feeling among the signs to get care for at once.
  q(
    'abdominal-pain',
    'emergency',
    ['mayo-see-doctor'],
    'Do you have tummy (abdominal) pain, or a throbbing feeling in your belly, along with the back pain?',
    'tummy (abdominal) pain, or a throbbing feeling in your belly, along with the back pain',
  ),
  q(
    'serious-accident',
    'emergency',
    ['nhs-triage-back-pain'],
    'Did the pain start after a serious accident?',
    'back pain that started after a serious accident',
  ),
  q(
    'fever',
    'urgent',
    ['mayo-see-doctor', 'nhs-back-pain'],
    'Do you have a high temperature (fever) as well as back pain?',
    'a high temperature (fever) along with back pain',
  ),
  q(
    'fall-or-blow',
    'urgent',
    ['mayo-see-doctor'],
    'Did the pain start after a fall or a blow to your back?',
    'pain that started after a fall or a blow to your back',
  ),
  q(
    'one-leg-symptoms',
    'urgent',
    ['mayo-see-doctor'],
    'Does the pain spread down a leg, or is there new weakness, tingling or numbness in a leg?',
    'pain spreading down a leg, or new weakness, tingling or numbness in a leg',
  ),
  q(
    'weight-loss',
    'urgent',
    ['mayo-see-doctor', 'nhs-back-pain'],
    'Have you lost weight without trying?',
    'losing weight without trying',
  ),
  q(
    'night-or-rest-pain',
    'urgent',
    ['mayo-see-doctor', 'nhs-back-pain'],
    'Is the pain worse at night or when resting, or does rest not ease it at all?',
    'pain that is worse at night or when resting, or that rest does not ease',
  ),
  q(
    'cough-sneeze',
    'urgent',
    ['nhs-triage-back-pain', 'nhs-back-pain'],
    'Does coughing, sneezing or going to the toilet for a poo make the pain worse?',
    'pain made worse by coughing, sneezing or going to the toilet for a poo',
  ),
  q(
    'between-shoulder-blades',
    'urgent',
    ['nhs-triage-back-pain', 'nhs-back-pain'],
    'Is the pain high up between your shoulder blades rather than low down?',
    'pain high up between your shoulder blades rather than low down',
  ),
  q(
    'lump-or-shape',
    'urgent',
    ['nhs-triage-back-pain', 'nhs-back-pain'],
    'Have you noticed a lump or swelling on your back, or a change in its shape?',
    'a lump or swelling on your back, or a change in its shape',
  ),
  q('cancer-history', 'urgent', ['mayo-see-doctor', 'nhs-back-pain'], 'Have you ever had cancer?', 'having had cancer'),
  // Mayo Clinic: see a doctor sooner after a recent urinary infection or a bladder change. Like its other "sooner"
  // signs (cancer, weight loss) it asks for advice the same day here.
  q(
    'urinary-infection',
    'urgent',
    ['mayo-see-doctor'],
    'Have you recently had a urinary infection, or noticed a change in how your bladder works?',
    'a recent urinary infection, or a change in how your bladder works',
  ),
  q(
    'not-improving',
    'appointment',
    ['nhs-back-pain', 'mayo-see-doctor'],
    'Has the pain not started to get better after a few weeks of looking after it yourself?',
    'pain that has not started to get better after a few weeks of looking after it yourself',
  ),
  q(
    'stops-daily-life',
    'appointment',
    ['nhs-back-pain'],
    'Is the pain stopping you from doing everyday things, or are you worried or finding it hard to cope?',
    'pain that stops you doing everyday things, or that leaves you worried or finding it hard to cope',
  ),
  // No guideline sets a number of episodes; asking at all is Unknot's own choice.
  q(
    'recurrent-spasms',
    'appointment',
    ['cleveland-spasms'],
    'Do your spasms keep coming back even though you look after your back?',
    'spasms that keep coming back even though you look after your back',
  ),
] satisfies RedFlagQuestion[]

export type RedFlagQuestionId = (typeof RED_FLAG_QUESTIONS)[number]['id']

const questionIds = RED_FLAG_QUESTIONS.map((question) => question.id) as [RedFlagQuestionId, ...RedFlagQuestionId[]]

/** Answers keyed by question id: true is yes, false an explicit no; a missing id is unanswered. */
export const redFlagAnswersPayload = z.partialRecord(
  z.enum(questionIds, { error: 'That is not one of the checklist questions.' }),
  z.boolean({ error: 'Each answer must be yes or no.' }),
)

export type RedFlagAnswers = z.infer<typeof redFlagAnswersPayload>

/** The checker's form: the answers, and whether the person chose "none of these apply to me". */
export interface RedFlagForm {
  answers: RedFlagAnswers
  noneApply: boolean
}

export interface RedFlagResult {
  outcome: RedFlagOutcome
  title: string
  advice: string
  reasons: string[]
  sources: SourceId[]
}

/** An outcome, or (nothing ticked and "none of these" not chosen) the request to make that choice. */
export type RedFlagAssessment = { ok: true; result: RedFlagResult } | { ok: false; error: string }

export const NONE_APPLY_LABEL = 'None of these apply to me'

export const NONE_APPLY_NEEDED =
  'Tick each warning sign you have. If you have none of them, choose “None of these apply to me”.'

export const RED_FLAG_OUTCOMES: Record<RedFlagOutcome, { title: string; advice: string; sources: SourceId[] }> = {
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

export function questionsOf(tier: RedFlagTier): RedFlagQuestion[] {
  return RED_FLAG_QUESTIONS.filter((question) => question.tier === tier)
}

/** Every source behind a tier: its questions' and its advice's. */
export function sourcesOf(tier: RedFlagTier): SourceId[] {
  return [
    ...new Set([...questionsOf(tier).flatMap((question) => question.sources), ...RED_FLAG_OUTCOMES[tier].sources]),
  ]
}

/**
 * Highest tier with a "yes" wins; its matched questions are the reasons. With no "yes", self-care shows only once
 * the person has said so: by choosing "none of these apply" or by answering every question no. An empty form is
 * not a "no".
 */
export function assessRedFlags({ answers, noneApply }: RedFlagForm): RedFlagAssessment {
  const yes = RED_FLAG_QUESTIONS.filter((question) => answers[question.id] === true)
  for (const tier of TIER_ORDER) {
    const matched = yes.filter((question) => question.tier === tier)
    if (matched.length > 0) {
      const sources = [...new Set<SourceId>(matched.flatMap((question) => question.sources))]
      const result = { outcome: tier, ...RED_FLAG_OUTCOMES[tier], reasons: matched.map((q) => q.text), sources }
      return { ok: true, result }
    }
  }
  const allNo = RED_FLAG_QUESTIONS.every((question) => answers[question.id] === false)
  if (!noneApply && !allNo) return { ok: false, error: NONE_APPLY_NEEDED }
  return { ok: true, result: { outcome: 'self-care', ...RED_FLAG_OUTCOMES['self-care'], reasons: [] } }
}
