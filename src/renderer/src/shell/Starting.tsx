import { useTranslation } from 'react-i18next'
import { useStartFailed } from '../state/host-context'

/** Shown until the first snapshot; if the companion's code could not be loaded, says so and offers to try again. */
export function Starting() {
  const { t } = useTranslation()
  const failed = useStartFailed()
  if (!failed) return <p role="status">{t('Starting…')}</p>
  return (
    <div className="notice notice-error" role="alert">
      <p>{t('Unknot could not start: part of it did not load. Check your connection, then try again.')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('Try again')}
      </button>
    </div>
  )
}
