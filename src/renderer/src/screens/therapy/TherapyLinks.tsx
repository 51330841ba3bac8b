import { useTranslate } from '../../i18n/useTranslate'

/**
 * Further reading. The red-flags link's text differs from the top bar's "Is this serious?" so each link on the page
 * has one clear name (the Learn article's own route does not exist yet, so it opens Learn).
 */
export function TherapyLinks() {
  const { t } = useTranslate()
  return (
    <nav className="therapy-links" aria-label={t('Read more')}>
      <a href="#/learn">{t('Heat and cold: what helps')}</a>
      <a href="#/red-flags">{t('Warning signs: when back pain needs a doctor')}</a>
    </nav>
  )
}
