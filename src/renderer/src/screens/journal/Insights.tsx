import type { Snapshot } from '../../../../shared/contract'
import { ChartFigure } from './ChartFigure'
import { breaksOptions, weeklyOptions } from './chart-options'
import { formatDay, TRIGGER_LABEL } from './labels'
import { UPlotChart } from './UPlotChart'

type JournalSnapshot = Snapshot['journal']

function meanText(mean: number | null): string {
  return mean === null ? 'none logged' : mean.toFixed(1)
}

function WeeklyChart({ weeks }: { weeks: JournalSnapshot['weeks'] }) {
  const title = `Spasm episodes and mean intensity per week, last ${weeks.length} weeks`
  const data = {
    labels: weeks.map((week) => formatDay(week.weekStart)),
    series: [weeks.map((week) => week.episodes), weeks.map((week) => week.meanIntensity)],
  }
  return (
    <ChartFigure
      title={title}
      legend={
        <ul className="chart-legend" aria-hidden="true">
          <li>
            <span className="swatch swatch-bar" /> Episodes (bars, left scale)
          </li>
          <li>
            <span className="swatch swatch-line" /> Mean intensity 0–10 (line, right scale)
          </li>
        </ul>
      }
      chart={<UPlotChart data={data} optionsFor={weeklyOptions} />}
      table={
        <table>
          <caption>Episodes and mean intensity per week</caption>
          <thead>
            <tr>
              <th scope="col">Week starting</th>
              <th scope="col">Episodes</th>
              <th scope="col">Mean intensity</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.week}>
                <th scope="row">{formatDay(week.weekStart)}</th>
                <td>{week.episodes}</td>
                <td>{meanText(week.meanIntensity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}

function BreaksChart({ days }: { days: JournalSnapshot['breaksPerDay'] }) {
  const data = { labels: days.map((day) => formatDay(day.day)), series: [days.map((day) => day.taken)] }
  return (
    <ChartFigure
      title={`Breaks taken per day, last ${days.length} days`}
      chart={<UPlotChart data={data} optionsFor={breaksOptions} height={180} />}
      table={
        <table>
          <caption>Breaks taken per day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Breaks taken</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <th scope="row">{formatDay(day.day)}</th>
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
  return (
    <div className="triggers">
      <h3 id="triggers-heading">Most common triggers</h3>
      {triggers.length === 0 ? (
        <p className="field-hint">None yet: they appear once you log a spasm.</p>
      ) : (
        <ol aria-labelledby="triggers-heading">
          {triggers.map((row) => (
            <li key={row.trigger}>
              {TRIGGER_LABEL[row.trigger]}: {row.count} {row.count === 1 ? 'time' : 'times'}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}

export function Insights({ journal }: { journal: JournalSnapshot }) {
  return (
    <section className="journal-card insights" aria-labelledby="insights-heading">
      <h2 id="insights-heading">Insights</h2>
      <div className="insights-charts">
        <WeeklyChart weeks={journal.weeks} />
        <BreaksChart days={journal.breaksPerDay} />
      </div>
      <Triggers triggers={journal.triggers} />
    </section>
  )
}
