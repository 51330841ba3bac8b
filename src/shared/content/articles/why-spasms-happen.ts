import type { Article } from '../types'

export const whySpasmsHappen: Article = {
  id: 'why-spasms-happen',
  title: 'Why spasms happen',
  summary: 'Muscles that are overworked, underused, tense or strained are the usual suspects.',
  sections: [
    {
      id: 'overuse-strain',
      heading: 'Doing too much',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Asking a lot of your back in one go, such as a heavy lift, a long day of digging or a sudden twist, ' +
            'can strain the muscles so they tighten up.',
        },
      ],
      sources: ['cleveland-spasms'],
    },
    {
      id: 'underuse-posture',
      heading: 'Doing too little, and sitting the same way for hours',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Muscles that rarely work hard can be caught out. Hours in one chair, a slumped position and little ' +
            'movement through the day all count here.',
        },
      ],
      sources: ['cleveland-spasms', 'hse-posture'],
    },
    {
      id: 'fluids-minerals',
      heading: 'Fluids and minerals',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Too little water, potassium or calcium appears on a clinic’s list of things that may set off a back ' +
            'spasm. That makes it a possible trigger, not a proven cause.',
        },
        {
          type: 'paragraph',
          text:
            'For everyday muscle cramps, studied mostly in older adults, a review of trials found that magnesium ' +
            'makes little or no difference.',
        },
        {
          type: 'paragraph',
          text:
            'So drink as you normally would and eat a varied, balanced diet. Supplements and sports drinks have ' +
            'not been shown to stop back spasms.',
        },
      ],
      sources: ['cleveland-spasms', 'cochrane-magnesium'],
    },
    {
      id: 'stress',
      heading: 'Stress and worry',
      blocks: [
        {
          type: 'paragraph',
          text: 'Feeling stressed or anxious can keep muscles tense, and tense muscles are more likely to cramp up.',
        },
      ],
      sources: ['cleveland-spasms'],
    },
    {
      id: 'injury-conditions',
      heading: 'Injuries and other conditions',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Now and then a spasm is a sign of something else going on, such as an injury or another problem in ' +
            'the back. Pain that began after a fall or a blow deserves a doctor’s opinion, and the red-flag ' +
            'checker asks about the signs that matter.',
        },
      ],
      sources: ['cleveland-spasms', 'mayo-see-doctor'],
    },
  ],
  actions: [
    { label: 'Set up regular breaks', target: { screen: 'settings', section: 'breaks' } },
    { label: 'Try the desk routine', target: { screen: 'routines', routineId: 'desk' } },
    { label: 'Unwind before bed', target: { screen: 'routines', routineId: 'wind-down' } },
    { label: 'How to prevent the next one', target: { screen: 'learn', articleId: 'prevention' } },
  ],
}
