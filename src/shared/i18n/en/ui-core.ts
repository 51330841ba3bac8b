import type { Catalog } from '../catalog'

/** English needs only the plural forms; every other key is shown as written. */
export const uiCore: Catalog = {
  'Break in {{count}} seconds_one': 'Break in {{count}} second',
  'Break in {{count}} seconds_other': 'Break in {{count}} seconds',
  '{{count}} early exits left today. Hold Esc for 3 seconds, or type the word below, to leave early._one':
    '{{count}} early exit left today. Hold Esc for 3 seconds, or type the word below, to leave early.',
  '{{count}} early exits left today. Hold Esc for 3 seconds, or type the word below, to leave early._other':
    '{{count}} early exits left today. Hold Esc for 3 seconds, or type the word below, to leave early.',
  'Stand up and move for {{count}} minutes. The break routine guides you through a few gentle moves._one':
    'Stand up and move for {{count}} minute. The break routine guides you through a few gentle moves.',
  'Stand up and move for {{count}} minutes. The break routine guides you through a few gentle moves._other':
    'Stand up and move for {{count}} minutes. The break routine guides you through a few gentle moves.',
  'You have put this break off {{count}} times in a row. Your back will thank you for two minutes now._one':
    'You have put this break off {{count}} time in a row. Your back will thank you for two minutes now.',
  'You have put this break off {{count}} times in a row. Your back will thank you for two minutes now._other':
    'You have put this break off {{count}} times in a row. Your back will thank you for two minutes now.',
  'You have skipped {{count}} stretch breaks in a row. That is your call; a short one now may keep a spasm away._one':
    'You have skipped {{count}} stretch break in a row. That is your call; a short one now may keep a spasm away.',
  'You have skipped {{count}} stretch breaks in a row. That is your call; a short one now may keep a spasm away._other':
    'You have skipped {{count}} stretch breaks in a row. That is your call; a short one now may keep a spasm away.',
}
