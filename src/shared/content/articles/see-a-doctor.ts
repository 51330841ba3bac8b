import { questionsOf, RED_FLAG_OUTCOMES, sourcesOf, type RedFlagTier } from '../redflags'
import type { Article, Block } from '../types'

/** A tier's warning signs, straight from the checker's list, so the article and the checker never drift apart. */
function signsOf(tier: RedFlagTier): Block {
  return { type: 'list', items: questionsOf(tier).map((question) => question.sign) }
}

export const seeADoctor: Article = {
  id: 'see-a-doctor',
  title: 'When to see a doctor',
  summary: 'Most back spasms settle with self-care. A few signs mean you should get help, some of them at once.',
  sections: [
    {
      id: 'emergency',
      heading: 'Get emergency help now',
      blocks: [
        { type: 'paragraph', text: 'Back pain together with any of these needs emergency care:' },
        signsOf('emergency'),
        { type: 'paragraph', text: RED_FLAG_OUTCOMES.emergency.advice },
        {
          type: 'paragraph',
          text:
            'Signs in the bladder, bowel, genitals, around the bottom or in both legs can point to pressure on the ' +
            'nerves at the base of the spine. It is rare, but treating it early protects bladder, bowel, sexual and ' +
            'leg function.',
        },
      ],
      sources: sourcesOf('emergency'),
    },
    {
      id: 'same-day',
      heading: 'Get advice today',
      blocks: [
        { type: 'paragraph', text: 'Back pain together with any of these needs medical advice the same day:' },
        signsOf('urgent'),
        { type: 'paragraph', text: RED_FLAG_OUTCOMES.urgent.advice },
      ],
      sources: sourcesOf('urgent'),
    },
    {
      id: 'book',
      heading: 'Book an appointment',
      blocks: [
        { type: 'paragraph', text: 'See a doctor or physiotherapist if you have any of these:' },
        signsOf('appointment'),
        {
          type: 'paragraph',
          text:
            'For spasms that keep coming back, no guideline sets a number of episodes; suggesting a check is ' +
            'Unknot’s own choice.',
        },
      ],
      sources: sourcesOf('appointment'),
    },
  ],
  actions: [{ label: 'Run the red-flag checker', target: { screen: 'red-flags' } }],
}
