import { useTranslation } from 'react-i18next'

/** Said where part of the app's code could not be loaded (offline with a stale cache, say), with a way to retry. */
export function LoadFailed() {
  const { t } = useTranslation()
  return (
    <div role="alert">
      <p>{t('Unknot could not finish loading. Your data is safe; reloading the page usually fixes this.')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('Reload')}
      </button>
    </div>
  )
}
