import type { Article } from '../types'

export const seeADoctor: Article = {
  id: 'see-a-doctor',
  title: 'When to see a doctor',
  summary: 'Most back spasms settle with self-care. A few signs mean you should get help, some of them at once.',
  sections: [
    {
      id: 'emergency',
      heading: 'Get emergency help now',
      blocks: [
        {
          type: 'paragraph',
          text:
            'These can point to pressure on the nerves at the base of the spine. It is rare, but treating it early ' +
            'protects bladder, bowel, sexual and leg function:',
        },
        {
          type: 'list',
          items: [
            'numbness or tingling around your bottom, genitals or inner thighs',
            'new trouble controlling or starting to pee, or leaking urine or poo',
            'new loss of sexual function',
            'weakness, numbness or pain in both legs, or leg weakness that is getting worse',
          ],
        },
        { type: 'paragraph', text: 'Go to an emergency department, and do not drive yourself.' },
      ],
      sources: ['nhs-ces'],
    },
    {
      id: 'same-day',
      heading: 'Get advice today',
      blocks: [
        {
          type: 'list',
          items: [
            'a fever along with back pain',
            'losing weight without trying',
            'pain after a fall or a blow',
            'pain that is worse at night or not eased by rest',
            'pain spreading down a leg, or new leg weakness or tingling',
            'having had cancer in the past',
          ],
        },
      ],
      sources: ['mayo-see-doctor', 'nhs-back-pain'],
    },
    {
      id: 'book',
      heading: 'Book an appointment',
      blocks: [
        {
          type: 'paragraph',
          text:
            'See a doctor or physiotherapist if a few weeks of self-care have not helped, if the pain stops you ' +
            'doing everyday things, or if you are worried or struggling.',
        },
        {
          type: 'paragraph',
          text:
            'If spasms keep coming back, a check is sensible too. No guideline sets a number of episodes for this; ' +
            'that advice is Unknot’s own choice.',
        },
      ],
      sources: ['nhs-back-pain', 'mayo-see-doctor', 'cleveland-spasms'],
    },
  ],
  actions: [{ label: 'Run the red-flag checker', target: { screen: 'red-flags' } }],
}
