import type { ProgressView } from '../../../../shared/progress'
import { useTranslate } from '../../i18n/useTranslate'
import { formatDay, formatMean } from './labels'
import './chart.css'

/** Breaks a day at the desk beside the spasms logged, week by week, and one sentence only when the numbers allow it. */
export function BreaksBesideSpasms({ weeks, insight }: Pick<ProgressView, 'weeks' | 'insight'>) {
  const { t, language } = useTranslate()
  return (
    <section className="journal-card" aria-labelledby="breaks-spasms-heading">
      <h2 id="breaks-spasms-heading">{t('Breaks and spasms, week by week')}</h2>
      {insight ? (
        <p className="break-insight">
          {t(
            'On weeks you took {{threshold}} or more breaks a day, you logged fewer spasms: {{many}} a week on average, against {{fewer}} in the other weeks. That is a pattern in your own numbers, not proof that breaks prevent spasms.',
            {
              threshold: insight.threshold,
              many: formatMean(insight.withMany, language),
              fewer: formatMean(insight.withFewer, language),
            },
          )}
        </p>
      ) : (
        <p className="field-hint">
          {t('After 4 weeks of breaks, Unknot says here whether your weeks with more breaks had fewer spasms.')}
        </p>
      )}
      <div className="chart-table">
        <table>
          <caption>{t('Breaks a day and spasms logged, per week')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Week starting')}</th>
              <th scope="col">{t('Breaks a day at the desk')}</th>
              <th scope="col">{t('Spasms logged')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{formatDay(week.weekStart, language)}</th>
                <td>{week.breaksPerDay === null ? t('no data') : formatMean(week.breaksPerDay, language)}</td>
                <td>{week.spasms}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
