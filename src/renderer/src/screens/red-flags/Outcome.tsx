import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RED_FLAG_REGION_NOTE, type RedFlagResult } from '../../../../shared/content'
import { useConfirmSaved, useDispatch } from '../../state/host-context'
import { SourceLinks } from '../SourceLinks'
import { OUTCOME_BADGE } from './labels'

/**
 * The checker's answer. It sits above the questions and takes focus when it appears; the emergency outcome is
 * also an alert, so it is announced at once and cannot be scrolled past unnoticed.
 */
export function Outcome({ result }: { result: RedFlagResult }) {
  const { t } = useTranslation()
  const box = useRef<HTMLElement>(null)
  const dispatch = useDispatch()
  const confirmSaved = useConfirmSaved()
  const [saved, setSaved] = useState<'idle' | 'saved' | { error: string }>('idle')

  // Shown afresh (a new key) each time the person asks, so focus moves to it every time.
  useEffect(() => {
    box.current?.focus()
    box.current?.scrollIntoView?.({ block: 'start' })
  }, [])

  const emergency = result.outcome === 'emergency'
  const save = async () => {
    const answer = await dispatch({ type: 'logRating', payload: { source: 'red-flags', outcome: result.outcome } })
    setSaved(answer.ok ? 'saved' : { error: answer.error })
  }

  return (
    <section
      ref={box}
      tabIndex={-1}
      role={emergency ? 'alert' : 'region'}
      aria-labelledby="red-flag-outcome-title"
      className={`red-flag-outcome outcome-${result.outcome}`}
    >
      <p className="outcome-badge">{t(OUTCOME_BADGE[result.outcome])}</p>
      <h2 id="red-flag-outcome-title">{t(result.title)}</h2>
      <p className="outcome-advice">{t(result.advice)}</p>
      {result.reasons.length > 0 && (
        <>
          <h3 id="red-flag-reasons">{t('Why: you said yes to')}</h3>
          <ul className="outcome-reasons" aria-labelledby="red-flag-reasons">
            {result.reasons.map((reason) => (
              <li key={reason}>{t(reason)}</li>
            ))}
          </ul>
        </>
      )}
      <SourceLinks ids={result.sources} />
      <p className="outcome-region">{t(RED_FLAG_REGION_NOTE)}</p>
      <div className="outcome-save">
        <button type="button" onClick={() => void save()} disabled={saved === 'saved'}>
          {t('Save to my journal')}
        </button>
        <p role="status" className="outcome-save-status">
          {saved === 'saved' ? confirmSaved(t('Saved to your journal.')) : ''}
        </p>
        {typeof saved === 'object' && (
          <p role="alert" className="field-error">
            {t(saved.error)}
          </p>
        )}
      </div>
    </section>
  )
}
