import { useTranslate } from '../../i18n/useTranslate'
import type { HistoryEntry } from '../../../../shared/routines'
import { formatMinutes } from '../../format'

function when(wall: number, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(wall)
}

/** Recent sessions (as many as the snapshot carries), newest first, with the rating given afterwards. */
export function History({ entries, timeZone }: { entries: HistoryEntry[]; timeZone: string }) {
  const { t, language } = useTranslate()
  return (
    <section className="routine-history" aria-labelledby="routine-history-heading">
      <h2 id="routine-history-heading">{t('Recent sessions')}</h2>
      {entries.length === 0 ? (
        <p className="routine-empty">{t('No sessions yet. Your finished routines will appear here.')}</p>
      ) : (
        <ul aria-labelledby="routine-history-heading">
          {entries.map((entry) => (
            <li key={entry.sessionId}>
              <span className="history-name">{t(entry.routineName)}</span>
              <span>{when(entry.startedWall, timeZone, language)}</span>
              <span>
                {entry.completed
                  ? t('{{duration}}, finished', { duration: formatMinutes(entry.durationMs, t) })
                  : t('{{duration}}, ended early', { duration: formatMinutes(entry.durationMs, t) })}
              </span>
              <span className="history-rating">
                {entry.rating === null
                  ? t('Not rated')
                  : t('Pain after: {{rating}} out of 10', { rating: entry.rating })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
