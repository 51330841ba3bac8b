import { useTranslate } from '../../i18n/useTranslate'
import { useScreen } from '../../shell/routes'

/** Settings → "Run setup again": the first-run questions, prefilled with what is set now. */
export function RunSetupAgain() {
  const { t } = useTranslate()
  const [, go] = useScreen()
  return (
    <button type="button" onClick={() => go('setup')}>
      {t('Run setup again')}
    </button>
  )
}
