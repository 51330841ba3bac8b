import type { HistoryEntry } from '../../../../shared/routines'
import { formatMinutes } from '../../format'

const SHOWN = 10

function when(wall: number, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(wall)
}

/** Recent sessions, newest first, with the rating given afterwards. */
export function History({ entries, timeZone }: { entries: HistoryEntry[]; timeZone: string }) {
  return (
    <section className="routine-history" aria-labelledby="routine-history-heading">
      <h2 id="routine-history-heading">Recent sessions</h2>
      {entries.length === 0 ? (
        <p className="routine-empty">No sessions yet. Your finished routines will appear here.</p>
      ) : (
        <ul aria-labelledby="routine-history-heading">
          {entries.slice(0, SHOWN).map((entry) => (
            <li key={entry.sessionId}>
              <span className="history-name">{entry.routineName}</span>
              <span>{when(entry.startedWall, timeZone)}</span>
              <span>
                {formatMinutes(entry.durationMs)}, {entry.completed ? 'finished' : 'ended early'}
              </span>
              <span className="history-rating">
                {entry.rating === null ? 'Not rated' : `Pain after: ${entry.rating} out of 10`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
