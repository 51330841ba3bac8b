import { useTranslation } from 'react-i18next'
import type { Snapshot } from '../../../../shared/contract/contract'
import { ChartFigure } from './ChartFigure'
import { breaksOptions, weeklyOptions } from './chart-options'
import { formatDay, formatMean, TRIGGER_LABEL } from './labels'
import { UPlotChart } from './UPlotChart'

type JournalSnapshot = Snapshot['journal']

/** Days flare mode was on in each week: day keys compare as text, so a week is the keys from its Monday on. */
function flareDaysPerWeek(weeks: JournalSnapshot['weeks'], flareDays: readonly string[]): number[] {
  return weeks.map((week, index) => {
    const next = weeks[index + 1]?.weekStart
    return flareDays.filter((day) => day >= week.weekStart && (next === undefined || day < next)).length
  })
}

function WeeklyChart({ weeks, flareDays }: { weeks: JournalSnapshot['weeks']; flareDays: readonly string[] }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const meanText = (mean: number | null) => (mean === null ? t('none logged') : formatMean(mean, language))
  const title = t('Spasm episodes and mean intensity per week, last {{count}} weeks', { count: weeks.length })
  const flare = flareDaysPerWeek(weeks, flareDays)
  const data = {
    labels: weeks.map((week) => formatDay(week.weekStart, language)),
    series: [weeks.map((week) => week.episodes), weeks.map((week) => week.meanIntensity), flare],
  }
  return (
    <ChartFigure
      title={title}
      legend={
        <ul className="chart-legend" aria-hidden="true">
          <li>
            <span className="swatch swatch-bar" /> {t('Episodes (bars, left scale)')}
          </li>
          <li>
            <span className="swatch swatch-line" /> {t('Mean intensity 0–10 (line, right scale)')}
          </li>
          <li>
            <span className="swatch swatch-flare" /> {t('Days in flare mode (shaded, left scale)')}
          </li>
        </ul>
      }
      chart={<UPlotChart data={data} optionsFor={weeklyOptions} />}
      table={
        <table>
          <caption>{t('Episodes and mean intensity per week')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Week starting')}</th>
              <th scope="col">{t('Episodes')}</th>
              <th scope="col">{t('Mean intensity')}</th>
              <th scope="col">{t('Days in flare mode')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, index) => (
              <tr key={week.week}>
                <th scope="row">{formatDay(week.weekStart, language)}</th>
                <td>{week.episodes}</td>
                <td>{meanText(week.meanIntensity)}</td>
                <td>{flare[index]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}

function BreaksChart({ days }: { days: JournalSnapshot['breaksPerDay'] }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const data = { labels: days.map((day) => formatDay(day.day, language)), series: [days.map((day) => day.taken)] }
  return (
    <ChartFigure
      title={t('Breaks taken per day, last {{count}} days', { count: days.length })}
      chart={<UPlotChart data={data} optionsFor={breaksOptions} height={180} />}
      table={
        <table>
          <caption>{t('Breaks taken per day')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Day')}</th>
              <th scope="col">{t('Breaks taken')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <th scope="row">{formatDay(day.day, language)}</th>
                <td>{day.taken}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}

function Triggers({ triggers }: { triggers: JournalSnapshot['triggers'] }) {
  const { t } = useTranslation()
  return (
    <div className="triggers">
      <h3 id="triggers-heading">{t('Most common triggers')}</h3>
      {triggers.length === 0 ? (
        <p className="field-hint">{t('None yet: they appear once you log a spasm.')}</p>
      ) : (
        <ol aria-labelledby="triggers-heading">
          {triggers.map((row) => (
            <li key={row.trigger}>
              {t('{{trigger}}: {{count}} times', { trigger: t(TRIGGER_LABEL[row.trigger]), count: row.count })}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}

export function Insights({ journal, flareDays }: { journal: JournalSnapshot; flareDays: readonly string[] }) {
  const { t } = useTranslation()
  return (
    <section className="journal-card insights" aria-labelledby="insights-heading">
      <h2 id="insights-heading">{t('Insights')}</h2>
      <div className="insights-charts">
        <WeeklyChart weeks={journal.weeks} flareDays={flareDays} />
        <BreaksChart days={journal.breaksPerDay} />
      </div>
      <Triggers triggers={journal.triggers} />
    </section>
  )
}
