import { useTranslation } from 'react-i18next'
import type { RecurrenceNudge } from '../../../../shared/journal'

/** Unknot's gentle suggestion to get checked; the text itself says it is a rule of thumb, not a guideline. */
export function Nudge({ nudge }: { nudge: RecurrenceNudge }) {
  const { t } = useTranslation()
  return (
    <aside className="journal-nudge" aria-labelledby="nudge-heading">
      <h2 id="nudge-heading">{t('Worth getting checked?')}</h2>
      <p>{t(nudge.text)}</p>
      <a className="button" href="#/red-flags">
        {t('Open the red-flag checker')}
      </a>
    </aside>
  )
}
