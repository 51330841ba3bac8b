import type { Catalog } from '../catalog'

/** The routines and therapy screens and the spoken cues: English plural forms (other texts are shown as written). */
export const uiPractice: Catalog = {
  'Up to {{count}} minutes_one': 'Up to {{count}} minute',
  'Up to {{count}} minutes_other': 'Up to {{count}} minutes',
  '{{count}} routines_one': '{{count}} routine',
  '{{count}} routines_other': '{{count}} routines',
  '{{duration}}, {{count}} exercises_one': '{{duration}}, {{count}} exercise',
  '{{duration}}, {{count}} exercises_other': '{{duration}}, {{count}} exercises',
  '{{count}} minutes_one': '{{count}} minute',
  '{{count}} minutes_other': '{{count}} minutes',
  '{{count}} seconds_one': '{{count}} second',
  '{{count}} seconds_other': '{{count}} seconds',
  'Your own limit: {{count}} sessions a day (set in Settings)._one':
    'Your own limit: {{count}} session a day (set in Settings).',
  'Your own limit: {{count}} sessions a day (set in Settings)._other':
    'Your own limit: {{count}} sessions a day (set in Settings).',
  '{{label}}: {{count}} minutes left._one': '{{label}}: {{count}} minute left.',
  '{{label}}: {{count}} minutes left._other': '{{label}}: {{count}} minutes left.',
}
