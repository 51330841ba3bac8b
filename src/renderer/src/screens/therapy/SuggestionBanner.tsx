import { useTranslate } from '../../i18n/useTranslate'
import { msg } from '../../../../shared/i18n'
import { PHASE_SWITCH_SOURCES, type TherapyKind } from '../../../../shared/therapy'
import { SourceLinks } from '../SourceLinks'

/** Whole sentences per direction, so each language can word (and gender) the pack its own way. */
const TITLE: Record<TherapyKind, string> = {
  cold: msg('Time to switch to cold'),
  heat: msg('Time to switch to warmth'),
}
const REASON: Record<TherapyKind, string> = {
  cold: msg('The first days after the strain are over, so cold is now suggested instead of warmth.'),
  heat: msg('The first days after the strain are over, so warmth is now suggested instead of cold.'),
}

/** The first days after a fresh strain are over: the preset now suggests the next phase (cold → heat). */
export function SuggestionBanner({ to }: { from: TherapyKind; to: TherapyKind }) {
  const { t } = useTranslate()
  return (
    <section className="therapy-banner banner-info" role="status" aria-labelledby="suggestion-title">
      <h3 id="suggestion-title">{t(TITLE[to])}</h3>
      <p>{t(REASON[to])}</p>
      <SourceLinks ids={PHASE_SWITCH_SOURCES} />
    </section>
  )
}
