import { msg } from '../i18n/catalog'
import type { TherapyKind, TherapySourceId } from './limits'

export interface SafetyItem {
  id: string
  text: string
  /** Which kinds the item is about. */
  kinds: TherapyKind[]
  sources: TherapySourceId[]
}

/**
 * Confirmed once per episode before the first session, in our own words. Who should not use a pack,
 * or should ask first, comes from pharmacy training (tm-ice-heat); heat-pad use and sleep also from Nebraska
 * Medicine (nebraska-ice-heat).
 */
export const SAFETY_CHECKLIST: SafetyItem[] = [
  {
    id: 'cloth-barrier',
    text: msg('I will keep a towel or cloth between the pack and my skin.'),
    kinds: ['cold', 'heat'],
    sources: ['tm-ice-heat', 'nebraska-ice-heat'],
  },
  {
    id: 'skin-check',
    text: msg(
      'After about 5 minutes I will lift the pack and look at my skin, and stop if it is very red, blistered, numb or painful.',
    ),
    kinds: ['cold', 'heat'],
    sources: ['tm-ice-heat'],
  },
  {
    id: 'intact-skin',
    text: msg('I will not put a pack on broken skin, an open wound or skin that looks infected.'),
    kinds: ['cold', 'heat'],
    sources: ['tm-ice-heat'],
  },
  {
    id: 'ask-clinician',
    text: msg(
      'If I have diabetes, numbness or less feeling in my skin (for example from neuropathy), poor circulation, ' +
        'wounds that are slow to heal, or an infection, I have asked a clinician first.',
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
    id: 'no-heat-swelling',
    text: msg('I will not put heat on an area that has recently swollen up.'),
    kinds: ['heat'],
    sources: ['tm-ice-heat'],
  },
  {
    id: 'no-heat-pregnancy',
    text: msg('If I am pregnant, I will not put heat on my tummy.'),
    kinds: ['heat'],
    sources: ['tm-ice-heat'],
  },
  {
    id: 'no-heat-tumour',
    text: msg('I will not put heat over an area with a tumour or cancer.'),
    kinds: ['heat'],
    sources: ['tm-ice-heat'],
  },
  {
    id: 'stay-awake',
    text: msg('I will stay awake while using heat, and not doze off with a cold pack on.'),
    kinds: ['cold', 'heat'],
    sources: ['tm-ice-heat', 'nebraska-ice-heat'],
  },
  {
    id: 'heat-pad-setting',
    text: msg(
      'With an electric heat pad I will use the lowest setting that helps, and take it off if it feels too hot.',
    ),
    kinds: ['heat'],
    sources: ['tm-ice-heat', 'nebraska-ice-heat'],
  },
  {
    id: 'no-heat-rub',
    text: msg('I will not put heat over a heat rub or other pain cream or gel.'),
    kinds: ['heat'],
    sources: ['tm-ice-heat'],
  },
]

export const SAFETY_ITEM_IDS = SAFETY_CHECKLIST.map((item) => item.id)

/** What to look for at the skin check, about 5 minutes in (tm-ice-heat). It is offered once, as the source says. */
export const SKIN_CHECK_SIGNS = [msg('very red or bright pink skin'), msg('blisters'), msg('numbness'), msg('pain')]
export const SKIN_CHECK_ADVICE = msg('Lift the pack and look at your skin. If you see any of these, stop now.')
export const SKIN_CHECK_SOURCES: TherapySourceId[] = ['tm-ice-heat']
