import { useEffect, useRef } from 'react'
import { useTranslate } from '../../i18n/useTranslate'

/** The session's time is up; it stays (and the host keeps repeating its alert) until the pack is off. */
export function EndAlert({ whileClosed, onOff }: { whileClosed: boolean; onOff: () => void }) {
  const { t } = useTranslate()
  const button = useRef<HTMLButtonElement>(null)
  // The one action that matters now gets the focus, so a keyboard user can confirm at once.
  useEffect(() => button.current?.focus(), [])
  return (
    <section className="therapy-banner banner-danger" aria-labelledby="end-alert-title">
      <div role="alert">
        <h3 id="end-alert-title">{t('Time is up — take the pack off')}</h3>
        {whileClosed && (
          <p>{t('The session ended while Unknot was closed. Take the pack off now if it is still on.')}</p>
        )}
      </div>
      <button ref={button} type="button" className="primary" onClick={onOff}>
        {t('Pack is off')}
      </button>
    </section>
  )
}
