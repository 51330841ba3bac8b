import type { Article } from '../types'

export const whatIsASpasm: Article = {
  id: 'what-is-a-spasm',
  title: 'What is a back spasm?',
  summary: 'A spasm is a muscle in your back tightening on its own. It can hurt a lot, yet it is rarely dangerous.',
  sections: [
    {
      id: 'the-basics',
      heading: 'A muscle that will not let go',
      blocks: [
        {
          type: 'paragraph',
          text:
            'In a spasm, one or more back muscles clench without you asking them to. It may feel like a brief catch ' +
            'or a grip so strong that moving is hard for a while.',
        },
        { type: 'paragraph', text: 'Spasms turn up more often low in the back than higher up.' },
      ],
      sources: ['cleveland-spasms'],
    },
    {
      id: 'how-common',
      heading: 'You are far from alone',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Low back pain is the biggest cause of disability around the world, and most people get it at least ' +
            'once. For about nine in ten people, no single disease or damaged structure explains it; doctors call ' +
            'this non-specific back pain.',
        },
      ],
      sources: ['who-lbp'],
    },
    {
      id: 'how-long',
      heading: 'How long it tends to last',
      blocks: [
        {
          type: 'paragraph',
          text:
            'A bout of back pain often begins to ease within a couple of weeks and usually settles over four to six ' +
            'weeks. If yours is not getting better after a few weeks, it is worth getting it checked.',
        },
      ],
      sources: ['nhs-back-pain'],
    },
  ],
  actions: [
    { label: 'Ease a spasm with heat', target: { screen: 'therapy', presetId: 'spasm-stiffness' } },
    { label: 'Try the lower back relief routine', target: { screen: 'routines', routineId: 'lower-back-relief' } },
    { label: 'Is this serious?', target: { screen: 'red-flags' } },
  ],
}
