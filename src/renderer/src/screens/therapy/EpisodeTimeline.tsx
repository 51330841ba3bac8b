import { useTranslate } from '../../i18n/useTranslate'
import { msg } from '../../../../shared/i18n'
import type { SessionRecord } from '../../../../shared/therapy'
import { formatClock } from '../../format'
import { dateTimeFormat, KIND_NAME } from './labels'

function howItEnded(entry: SessionRecord): string {
  if (entry.endedWhileClosed) return msg('Ran out while Unknot was closed')
  return entry.endedEarly ? msg('Ended early') : msg('Full time')
}

/** The episode's sessions, newest first, as a table a screen reader can walk by its headers. */
export function EpisodeTimeline({
  history,
  timeZone,
  title,
}: {
  history: SessionRecord[]
  timeZone: string
  title: string
}) {
  const { t, language } = useTranslate()
  const when = dateTimeFormat(language, timeZone)
  return (
    <section className="therapy-card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t(title)}</h2>
      {history.length === 0 ? (
        <p className="therapy-muted">{t('No sessions yet.')}</p>
      ) : (
        <table className="timeline">
          <thead>
            <tr>
              <th scope="col">{t('Pack')}</th>
              <th scope="col">{t('Started')}</th>
              <th scope="col">{t('Planned')}</th>
              <th scope="col">{t('Actual')}</th>
              <th scope="col">{t('How it ended')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry) => (
              <tr key={entry.id} className={`kind-${entry.kind}`}>
                <th scope="row">
                  <span className="kind-dot" aria-hidden="true" />
                  {t(KIND_NAME[entry.kind])}
                </th>
                <td>{when.format(entry.startWall)}</td>
                <td>{formatClock(entry.plannedMs)}</td>
                <td>{formatClock(entry.actualMs)}</td>
                <td>{t(howItEnded(entry))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
