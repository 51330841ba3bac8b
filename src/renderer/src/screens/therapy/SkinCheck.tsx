import { useTranslate } from '../../i18n/useTranslate'
import { SKIN_CHECK_ADVICE, SKIN_CHECK_SIGNS, SKIN_CHECK_SOURCES } from '../../../../shared/therapy'
import { SourceLinks } from '../SourceLinks'

/** About five minutes in: lift the pack and look; the person closes it when the skin looks fine. */
export function SkinCheck({ onFine }: { onFine: () => void }) {
  const { t } = useTranslate()
  return (
    <section className="therapy-banner banner-warning" role="alert" aria-labelledby="skin-check-title">
      <h3 id="skin-check-title">{t('Skin check')}</h3>
      <p>{t('The pack has been on for about 5 minutes.')}</p>
      <p>{t(SKIN_CHECK_ADVICE)}</p>
      <ul>
        {SKIN_CHECK_SIGNS.map((sign) => (
          <li key={sign}>{t(sign)}</li>
        ))}
      </ul>
      <SourceLinks ids={SKIN_CHECK_SOURCES} />
      <button type="button" onClick={onFine}>
        {t('Skin looks fine')}
      </button>
    </section>
  )
}
