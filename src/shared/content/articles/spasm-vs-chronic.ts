import type { Article } from '../types'

export const spasmVsChronic: Article = {
  id: 'spasm-vs-chronic',
  title: 'A spasm or a long-term back problem?',
  summary: 'A spasm is something you feel; chronic back pain is a label for how long pain has gone on.',
  sections: [
    {
      id: 'side-by-side',
      heading: 'Side by side',
      blocks: [
        {
          type: 'table',
          columns: ['Back spasm', 'Chronic back pain'],
          rows: [
            {
              label: 'What it is',
              cells: [
                'A symptom: muscles tightening suddenly and by themselves',
                'A label for back pain that keeps going',
              ],
            },
            {
              label: 'How long',
              cells: ['An episode usually calms down over a few weeks', 'Longer than 12 weeks (three months)'],
            },
            {
              label: 'Typical causes',
              cells: ['Strain, underused muscles, long sitting, stress', 'Often no single cause can be found'],
            },
            {
              label: 'What helps most',
              cells: [
                'Heat, keeping gently on the move, stretching',
                'Regular exercise and approaches such as relaxation or mindfulness',
              ],
            },
          ],
        },
      ],
      sources: ['cleveland-spasms', 'who-lbp', 'acp-2017', 'nice-ng59', 'nhs-back-pain'],
    },
    {
      id: 'labels',
      heading: 'Acute, subacute, chronic',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Clinicians sort back pain by how long it has lasted. Sources differ on where “acute” ends (some say ' +
            'four weeks, some six), but they agree that pain lasting more than twelve weeks is called chronic. ' +
            'These are conventions for planning care, not diagnoses.',
        },
        {
          type: 'paragraph',
          text:
            'If spasms keep returning and the pain adds up to more than three months, the advice for long-term ' +
            'back pain applies, where exercise and psychological support take the lead.',
        },
      ],
      sources: ['who-lbp', 'acp-2017', 'nice-ng59'],
    },
  ],
  actions: [
    { label: 'Gentle floor strength routine', target: { screen: 'routines', routineId: 'core-prevention' } },
    { label: 'When to see a doctor', target: { screen: 'learn', articleId: 'see-a-doctor' } },
  ],
}
