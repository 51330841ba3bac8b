import type { Article } from '../types'

export const quickRelief: Article = {
  id: 'quick-relief',
  title: 'Quick relief at home',
  summary: 'Warmth, gentle movement and calm breathing are the simplest places to start.',
  sections: [
    {
      id: 'heat-and-cold',
      heading: 'Heat and cold',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Heat has the better evidence: in trials, heat wraps gave a modest, short-lived easing of low back ' +
            'pain, and doctors’ guidelines suggest it as an early option. For a spasm or stiffness, heat is the ' +
            'main choice.',
        },
        {
          type: 'paragraph',
          text:
            'Cold has not been studied enough to say whether it helps back pain. Some people like it for the first ' +
            'two or three days after a clear strain or knock.',
        },
        {
          type: 'list',
          items: [
            'Wrap the pack in a cloth or towel; never put it straight on skin.',
            'Keep each session to about 20 minutes, and look at your skin after around 5.',
            'Stop if the skin turns very red, blisters, goes numb or hurts.',
            'Never fall asleep with a heat pad or an ice pack on.',
          ],
        },
      ],
      sources: ['cochrane-heat-cold', 'acp-2017', 'nebraska-ice-heat', 'tm-ice-heat', 'cleveland-ice-heat'],
    },
    {
      id: 'gentle-movement',
      heading: 'Keep gently moving',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Staying in bed tends to slow recovery. Carry on with daily life as well as you can and add easy ' +
            'movement; in one trial, heat plus exercise eased pain more than heat on its own.',
        },
      ],
      sources: ['nhs-back-pain', 'acp-2017', 'cochrane-heat-cold'],
    },
    {
      id: 'medicines',
      heading: 'Medicines',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Muscle relaxants, which a doctor prescribes, are among the treatments a clinic lists for back ' +
            'spasms. Unknot does not recommend any medicine: if you are thinking of taking one, ask a pharmacist ' +
            'or doctor what is safe for you.',
        },
      ],
      sources: ['cleveland-spasms'],
    },
    {
      id: 'physiotherapy',
      heading: 'Physiotherapy',
      blocks: [
        {
          type: 'paragraph',
          text:
            'A physiotherapist can look at how you move and give you exercises that fit your back. Ask for one if ' +
            'looking after yourself is not helping, or if exercises make your pain worse.',
        },
      ],
      sources: ['nhs-back-pain', 'nhs-inform-exercises'],
    },
    {
      id: 'relaxation-breathing',
      heading: 'Relaxation and breathing',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Stress can keep muscles tight. Relaxation practice and mindfulness appear among the first options ' +
            'for long-lasting back pain. Slow belly breathing and box breathing are simple ways to settle; they ' +
            'have not been tested for back pain in trials, so treat them as a way to relax rather than a treatment.',
        },
      ],
      sources: ['acp-2017', 'cleveland-spasms', 'diaphragmatic-breathing', 'box-breathing'],
    },
  ],
  actions: [
    { label: 'Start a heat session for a spasm', target: { screen: 'therapy', presetId: 'spasm-stiffness' } },
    { label: 'Cold for a fresh strain', target: { screen: 'therapy', presetId: 'fresh-strain' } },
    { label: 'Lower back relief routine', target: { screen: 'routines', routineId: 'lower-back-relief' } },
    { label: 'Calm breathing', target: { screen: 'routines', routineId: 'calm-breathing' } },
  ],
}
