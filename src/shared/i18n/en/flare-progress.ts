import type { Catalog } from '../catalog'

/** The plural forms of the week's progress on Today and of the break history's import. */
export const flareProgress: Catalog = {
  'Streak: {{count}} working days with at least {{goal}} breaks_one':
    'Streak: {{count}} working day with at least {{goal}} breaks',
  'Streak: {{count}} working days with at least {{goal}} breaks_other':
    'Streak: {{count}} working days with at least {{goal}} breaks',
  'Breaks, routines and minutes of stretching, last {{count}} days_one':
    'Breaks, routines and minutes of stretching, last day',
  'Breaks, routines and minutes of stretching, last {{count}} days_other':
    'Breaks, routines and minutes of stretching, last {{count}} days',
  'Added {{count}} breaks to your break history._one': 'Added {{count}} break to your break history.',
  'Added {{count}} breaks to your break history._other': 'Added {{count}} breaks to your break history.',
}
