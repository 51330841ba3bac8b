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
            'Not getting enough water, potassium or calcium is listed among possible triggers, but the evidence is ' +
            'thin. A large review found that magnesium tablets make little or no difference to ordinary cramps.',
        },
        {
          type: 'paragraph',
          text:
            'What makes sense is drinking normally through the day and eating a varied, balanced diet. There is no ' +
            'good evidence that supplements or sports drinks stop back spasms.',
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
