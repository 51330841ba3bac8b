import type { Article } from '../types'

export const prevention: Article = {
  id: 'prevention',
  title: 'Preventing the next one',
  summary: 'Small habits through the working day do more than any single stretch.',
  sections: [
    {
      id: 'stay-active',
      heading: 'Stay active',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Doctors’ guidelines put exercise among the first things to try for low back pain, especially pain ' +
            'that lasts. That is evidence about easing back pain, not about preventing spasms, and no single ' +
            'stretch is a cure. What Unknot can help with is the habit of moving.',
        },
      ],
      sources: ['acp-2017', 'nice-ng59'],
    },
    {
      id: 'posture',
      heading: 'Set up your desk',
      blocks: [
        {
          type: 'list',
          items: [
            'Screen top near eye level and about an arm’s length away.',
            'Shoulders loose, keyboard slightly below elbow height, mouse close by.',
            'A chair that supports your lower back; a small cushion can help.',
            'Everything straight in front of you so you are not twisting.',
          ],
        },
      ],
      sources: ['hse-posture'],
    },
    {
      id: 'lifting',
      heading: 'Lifting and carrying',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Straining the back is a common trigger. Take loads you can manage comfortably, and split a heavy load ' +
            'or ask for help rather than forcing it.',
        },
      ],
      sources: ['cleveland-spasms'],
    },
    {
      id: 'fluids-food',
      heading: 'Fluids and food',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Drink normally through the day and eat a balanced diet. Supplements and electrolyte drinks have not ' +
            'been shown to prevent spasms.',
        },
      ],
      sources: ['cleveland-spasms', 'cochrane-magnesium'],
    },
    {
      id: 'stress',
      heading: 'Look after stress',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Because stress can tighten muscles, time to unwind is part of caring for your back. Relaxation ' +
            'practice is among the options doctors suggest for long-lasting back pain.',
        },
      ],
      sources: ['cleveland-spasms', 'acp-2017'],
    },
    {
      id: 'breaks',
      heading: 'Take regular breaks',
      blocks: [
        {
          type: 'paragraph',
          text:
            'Short, frequent breaks work better than rare long ones. UK workplace guidance gives 5 to 10 minutes ' +
            'away from the screen after 50 to 60 minutes as an example, and a physical therapist suggests a ' +
            'stretch every 30 to 45 minutes.',
        },
        {
          type: 'paragraph',
          text:
            'Brief breaks leave people a little more energetic and less tired. In one small trial of office ' +
            'workers, active breaks went with fewer new cases of neck and low back pain.',
        },
      ],
      sources: ['hse-breaks', 'mayo-workday', 'albulescu-2022', 'waongenngarm-2021'],
    },
  ],
  actions: [
    { label: 'Set up break reminders', target: { screen: 'settings', section: 'breaks' } },
    { label: 'A quick break routine', target: { screen: 'routines', routineId: 'break' } },
    { label: 'Desk stretches', target: { screen: 'routines', routineId: 'desk' } },
    { label: 'Hips and glutes', target: { screen: 'routines', routineId: 'hips-glutes' } },
    { label: 'Morning routine', target: { screen: 'routines', routineId: 'morning-mobility' } },
  ],
}
