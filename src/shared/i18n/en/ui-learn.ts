import type { Catalog } from '../catalog'

/** Learn, the red-flag checker and the journal: English needs only the plural forms. */
export const uiLearn: Catalog = {
  '{{count}} results_one': '{{count}} result',
  '{{count}} results_other': '{{count}} results',
  'Spasm episodes and mean intensity per week, last {{count}} weeks_one':
    'Spasm episodes and mean intensity per week, last {{count}} weeks',
  'Spasm episodes and mean intensity per week, last {{count}} weeks_other':
    'Spasm episodes and mean intensity per week, last {{count}} weeks',
  'Breaks taken per day, last {{count}} days_one': 'Breaks taken per day, last {{count}} days',
  'Breaks taken per day, last {{count}} days_other': 'Breaks taken per day, last {{count}} days',
  '{{trigger}}: {{count}} times_one': '{{trigger}}: {{count}} time',
  '{{trigger}}: {{count}} times_other': '{{trigger}}: {{count}} times',
  'Imported {{count}} entries._one': 'Imported {{count}} entry.',
  'Imported {{count}} entries._other': 'Imported {{count}} entries.',
  'Skipped {{count}} entries already in your journal._one': 'Skipped {{count}} entry already in your journal.',
  'Skipped {{count}} entries already in your journal._other': 'Skipped {{count}} entries already in your journal.',
}
