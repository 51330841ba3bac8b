import type { ProgressView } from '../../../../shared/progress'
import { useTranslate } from '../../i18n/useTranslate'
import { ChartFigure } from '../journal/ChartFigure'
import { formatDay } from '../journal/labels'
import { UPlotChart } from '../journal/UPlotChart'
import { weekOptions } from './week-chart-options'
import './flare-progress.css'

function StreakLine({ streak }: { streak: ProgressView['streak'] }) {
  const { t } = useTranslate()
  return (
    <p className="week-streak">
      <strong>
        {t('Streak: {{count}} working days with at least {{goal}} breaks', {
          count: streak.days,
          goal: streak.goal,
        })}
      </strong>{' '}
      {streak.todayMet ? t('Today counts already.') : t('Days off and days away never break it.')}
    </p>
  )
}

/** This week's breaks, routines and minutes of stretching, as a chart with its numbers, and the streak. */
export function WeekProgress({ progress }: { progress: ProgressView }) {
  const { t, language } = useTranslate()
  const { week } = progress
  const labels = week.map((day) => formatDay(day.day, language))
  const data = {
    labels,
    series: [week.map((day) => day.breaks), week.map((day) => day.routines), week.map((day) => day.stretchMinutes)],
  }
  return (
    <section className="week-progress" aria-labelledby="week-progress-title">
      <h2 id="week-progress-title">{t('Your week')}</h2>
      <StreakLine streak={progress.streak} />
      <ChartFigure
        title={t('Breaks, routines and minutes of stretching, last {{count}} days', { count: week.length })}
        legend={
          <ul className="chart-legend" aria-hidden="true">
            <li>
              <span className="swatch swatch-bar" /> {t('Breaks taken, prompted or natural (bars, left scale)')}
            </li>
            <li>
              <span className="swatch swatch-point" /> {t('Routines finished (dots, left scale)')}
            </li>
            <li>
              <span className="swatch swatch-line" /> {t('Minutes of stretching (line, right scale)')}
            </li>
          </ul>
        }
        chart={<UPlotChart data={data} optionsFor={weekOptions} height={180} />}
        table={
          <table>
            <caption>{t('Your week, day by day')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('Day')}</th>
                <th scope="col">{t('Breaks taken, prompted or natural')}</th>
                <th scope="col">{t('Routines finished')}</th>
                <th scope="col">{t('Minutes of stretching')}</th>
              </tr>
            </thead>
            <tbody>
              {week.map((day, index) => (
                <tr key={day.day}>
                  <th scope="row">{labels[index]}</th>
                  <td>{day.breaks}</td>
                  <td>{day.routines}</td>
                  <td>{day.stretchMinutes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  )
}
