import type { Catalog } from '../catalog'

/** The plural forms of the week's progress on Today. */
export const flareProgress: Catalog = {
  'Streak: {{count}} working days with at least {{goal}} breaks_one':
    'Streak: {{count}} working day with at least {{goal}} breaks',
  'Streak: {{count}} working days with at least {{goal}} breaks_other':
    'Streak: {{count}} working days with at least {{goal}} breaks',
  'Breaks, routines and minutes of stretching, last {{count}} days_one':
    'Breaks, routines and minutes of stretching, last day',
  'Breaks, routines and minutes of stretching, last {{count}} days_other':
    'Breaks, routines and minutes of stretching, last {{count}} days',
}
