import type { Article } from '../types'

export const faq: Article = {
  id: 'faq',
  title: 'Questions people ask',
  summary: 'Short answers to the things people most often wonder about back spasms.',
  sections: [
    {
      id: 'bed-rest',
      heading: 'Should I rest in bed until it passes?',
      blocks: [
        {
          type: 'paragraph',
          text: 'Usually not. Keeping up gentle activity helps most people recover sooner than lying still.',
        },
      ],
      sources: ['nhs-back-pain', 'acp-2017'],
    },
    {
      id: 'heat-or-ice',
      heading: 'Heat or ice?',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Heat is the one with trial support, and those trials were in low back pain; it suits spasms and ' +
            'stiffness. Cold is an option in the first couple of days after a fresh strain, though its benefit is ' +
            'unproven.',
        },
      ],
      sources: ['cochrane-heat-cold', 'nebraska-ice-heat'],
    },
    {
      id: 'magnesium',
      heading: 'Will magnesium or sports drinks stop spasms?',
      blocks: [
        {
          type: 'paragraph',
          text:
            'There is no good evidence that they will. For everyday cramps, magnesium made little or no ' +
            'difference in a review of trials. Drinking as you normally would and eating a balanced diet is the ' +
            'sensible default.',
        },
      ],
      sources: ['cochrane-magnesium', 'cleveland-spasms'],
    },
    {
      id: 'how-long',
      heading: 'How long will it take to get better?',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Back pain often starts easing within about two weeks and is usually gone in four to six. Get it ' +
            'checked if it is not improving after a few weeks.',
        },
      ],
      sources: ['nhs-back-pain'],
    },
    {
      id: 'best-stretch',
      heading: 'Which stretch will fix it?',
      blocks: [
        {
          type: 'paragraph',
          text:
            'None on its own. Exercise in general is what the evidence supports, so pick movements you enjoy and ' +
            'can keep doing.',
        },
      ],
      sources: ['acp-2017'],
    },
    {
      id: 'serious',
      heading: 'How do I know if it is serious?',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Serious causes are uncommon, but some signs need help quickly, such as numbness around your bottom, back ' +
            'passage or genitals, or trouble controlling your bladder. The red-flag checker walks you through them.',
        },
      ],
      sources: ['nhs-ces', 'mayo-see-doctor'],
    },
  ],
  actions: [
    { label: 'Is this serious?', target: { screen: 'red-flags' } },
    { label: 'Quick relief at home', target: { screen: 'learn', articleId: 'quick-relief' } },
  ],
}
