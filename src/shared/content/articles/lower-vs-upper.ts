import type { Article } from '../types'

export const lowerVsUpper: Article = {
  id: 'lower-vs-upper',
  title: 'Lower back or upper back?',
  summary: 'Where the spasm sits changes what tends to help, and one place deserves a quicker check.',
  sections: [
    {
      id: 'lower',
      heading: 'Lower back',
      blocks: [
        {
          type: 'paragraph',
          text:
            'The lower back is where most spasms happen. Long spells of sitting and lifting put it under load, and ' +
            'gentle exercises that move the lower back and hips are a common first step.',
        },
      ],
      sources: ['cleveland-spasms', 'nhs-exercises'],
    },
    {
      id: 'upper',
      heading: 'Upper back and neck',
      blocks: [
        {
          type: 'paragraph',
          text: 'Higher up, the way you sit at a screen plays a big part. A few desk checks can take strain off:',
        },
        {
          type: 'list',
          items: [
            'Raise the screen so its top edge is roughly at eye height, about an arm’s length away.',
            'Let your shoulders drop; keep the keyboard a little below your elbows.',
            'Put the screen and keyboard straight ahead of you so you do not twist.',
            'On a laptop, add a separate keyboard and mouse and lift the screen.',
          ],
        },
      ],
      sources: ['hse-posture'],
    },
    {
      id: 'between-shoulder-blades',
      heading: 'Pain between the shoulder blades',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Back pain that sits high up between the shoulder blades, rather than low down, is one of the signs ' +
            'worth asking a doctor about the same day.',
        },
      ],
      sources: ['nhs-triage-back-pain', 'nhs-back-pain'],
    },
  ],
  actions: [
    { label: 'Lower back relief routine', target: { screen: 'routines', routineId: 'lower-back-relief' } },
    { label: 'Upper back and neck routine', target: { screen: 'routines', routineId: 'upper-back-neck' } },
    { label: 'Is this serious?', target: { screen: 'red-flags' } },
  ],
}
