import { msg } from '../i18n/catalog'
import type { TherapyKind, TherapySourceId } from './limits'

export interface SafetyItem {
  id: string
  text: string
  /** Which kinds the item is about. */
  kinds: TherapyKind[]
  sources: TherapySourceId[]
}

/** Confirmed once per episode before the first session (facts 1b), in our own words. */
export const SAFETY_CHECKLIST: SafetyItem[] = [
  {
    id: 'cloth-barrier',
    text: msg('I will keep a towel or cloth between the pack and my skin.'),
    kinds: ['cold', 'heat'],
    sources: ['tm-ice-heat', 'nebraska-ice-heat'],
  },
  {
    id: 'ask-clinician',
    text: msg(
      'If I have diabetes, poor circulation, an infection, numbness or less feeling in my skin, I have asked a ' +
        'clinician first.',
    ),
    kinds: ['cold', 'heat'],
    sources: ['tm-ice-heat'],
  },
  {
    id: 'no-cold-raynauds',
    text: msg('I will not use cold if I have Raynaud’s or react badly to cold.'),
    kinds: ['cold'],
    sources: ['tm-ice-heat'],
  },
  {
    id: 'stay-awake',
    text: msg('I will stay awake while using heat, and not doze off with a cold pack on.'),
    kinds: ['cold', 'heat'],
    sources: ['tm-ice-heat', 'nebraska-ice-heat'],
  },
  {
    id: 'no-heat-rub',
    text: msg('I will not put heat over a heat rub or other pain cream or gel.'),
    kinds: ['heat'],
    sources: ['tm-ice-heat'],
  },
  {
    id: 'intact-skin',
    text: msg('I will not use either pack on broken skin or an open wound.'),
    kinds: ['cold', 'heat'],
    sources: ['tm-ice-heat'],
  },
]

export const SAFETY_ITEM_IDS = SAFETY_CHECKLIST.map((item) => item.id)

/** What to look for at the skin check (tm-ice-heat). */
export const SKIN_CHECK_SIGNS = [msg('very red or bright pink skin'), msg('blisters'), msg('numbness'), msg('pain')]
export const SKIN_CHECK_ADVICE = msg('Lift the pack and look at your skin. If you see any of these, stop now.')
export const SKIN_CHECK_SOURCES: TherapySourceId[] = ['tm-ice-heat']
