import { useTranslation } from 'react-i18next'
import type { PostureView } from '../../../shared/posture'
import { POSTURE_FIXES } from '../../../shared/posture/fixes'
import { ChartFigure } from '../screens/journal/ChartFigure'
import { UPlotChart } from '../screens/journal/UPlotChart'
import { uprightOptions } from './chart-options'
import './posture.css'

const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`

/** Today's posture in plain words first, then a small chart by hour; shown only once the camera saw someone. */
export function PostureToday({ view }: { view: PostureView }) {
  const { t } = useTranslation()
  const { today, heldDrift } = view
  if (!view.enabled && today.seenMinutes === 0) return null
  const fix = heldDrift ? POSTURE_FIXES[heldDrift] : null
  return (
    <section className="posture-today" aria-labelledby="posture-today-heading">
      <h2 id="posture-today-heading">{t('Posture today')}</h2>
      {fix && (
        <div className="posture-fix" role="status">
          <p>
            <strong>{t(fix.title)}</strong>
          </p>
          <p>{t(fix.body)}</p>
        </div>
      )}
      <p>
        {today.uprightPercent === null
          ? t('The camera has not seen you sitting yet today.')
          : t('Upright {{percent}}% of the time the camera saw you ({{minutes}} min).', {
              percent: today.uprightPercent,
              minutes: today.seenMinutes,
            })}
      </p>
      {today.hours.length > 0 && (
        <ChartFigure
          title={t('Upright by hour')}
          chart={
            <UPlotChart
              height={140}
              optionsFor={uprightOptions}
              data={{
                labels: today.hours.map((hour) => hourLabel(hour.hour)),
                series: [today.hours.map((hour) => hour.uprightPercent)],
              }}
            />
          }
          table={
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('Hour')}</th>
                  <th scope="col">{t('Seen (min)')}</th>
                  <th scope="col">{t('Upright (%)')}</th>
                </tr>
              </thead>
              <tbody>
                {today.hours.map((hour) => (
                  <tr key={hour.hour}>
                    <th scope="row">{hourLabel(hour.hour)}</th>
                    <td>{hour.seenMinutes}</td>
                    <td>{hour.uprightPercent}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
    </section>
  )
}
