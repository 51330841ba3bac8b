import { msg } from '../i18n/catalog'
import type { SourceId } from '../content/sources'
import type { Drift } from './judge'

/**
 * The 20-second fix a nudge offers for each drift, with the sources behind it. The hold times and the spacing are
 * our own choice; what to do comes from the sources.
 */
export const POSTURE_FIXES = {
  'leaning-in': {
    title: msg('You have been leaning towards the screen'),
    body: msg('Sit back so the backrest carries your lower back, with the screen about an arm’s length away.'),
    exerciseId: 'posture-check',
    sources: ['hse-posture'],
  },
  dropped: {
    title: msg('Your head has been dropping forward'),
    body: msg('Try a few slow chin tucks: glide your head straight back, then relax. Stop if you feel dizzy.'),
    exerciseId: 'chin-tuck',
    sources: ['urmston-neck'],
  },
  tilted: {
    title: msg('Your head has been tilted to one side'),
    body: msg('Roll your shoulders slowly a few times, then let your head settle level.'),
    exerciseId: 'shoulder-rolls',
    sources: ['bupa-desk'],
  },
} as const satisfies Record<Drift, { title: string; body: string; exerciseId: string; sources: readonly SourceId[] }>
