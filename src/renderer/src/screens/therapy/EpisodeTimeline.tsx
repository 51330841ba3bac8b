import type { SessionRecord } from '../../../../shared/therapy'
import { formatClock } from '../../format'
import { KIND_NAME } from './labels'

function howItEnded(entry: SessionRecord): string {
  if (entry.endedWhileClosed) return 'Ran out while Unknot was closed'
  return entry.endedEarly ? 'Ended early' : 'Full time'
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
  const when = new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  })
  return (
    <section className="therapy-card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{title}</h2>
      {history.length === 0 ? (
        <p className="therapy-muted">No sessions yet.</p>
      ) : (
        <table className="timeline">
          <thead>
            <tr>
              <th scope="col">Pack</th>
              <th scope="col">Started</th>
              <th scope="col">Planned</th>
              <th scope="col">Actual</th>
              <th scope="col">How it ended</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry) => (
              <tr key={entry.id} className={`kind-${entry.kind}`}>
                <th scope="row">
                  <span className="kind-dot" aria-hidden="true" />
                  {KIND_NAME[entry.kind]}
                </th>
                <td>{when.format(entry.startWall)}</td>
                <td>{formatClock(entry.plannedMs)}</td>
                <td>{formatClock(entry.actualMs)}</td>
                <td>{howItEnded(entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
