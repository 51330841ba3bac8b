import { useTranslate } from '../../i18n/useTranslate'
import type { RoutineSummary } from '../../../../shared/routines'
import { formatMinutes } from '../../format'
import { describeAreas, describePositions } from './labels'

export interface CardActions {
  start: (routineId: string) => void
  duplicate: (routineId: string) => void
  edit: (routineId: string) => void
  remove: (routineId: string) => void
}

export function RoutineCard({ summary, actions }: { summary: RoutineSummary; actions: CardActions }) {
  const { t } = useTranslate()
  const headingId = `routine-${summary.id}`
  const name = t(summary.name)
  return (
    <article className="routine-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      {summary.custom ? <p className="routine-tag">{t('Your routine')}</p> : null}
      <p className="routine-description">{t(summary.description)}</p>
      <dl className="routine-facts">
        <div>
          <dt>{t('Length')}</dt>
          <dd>
            {t('{{duration}}, {{count}} exercises', {
              duration: formatMinutes(summary.durationMs, t),
              count: summary.itemCount,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('Works')}</dt>
          <dd>{describeAreas(summary.bodyAreas, t)}</dd>
        </div>
        <div>
          <dt>{t('Position')}</dt>
          <dd>{describePositions(summary.positions, t)}</dd>
        </div>
      </dl>
      <div className="routine-actions">
        <button
          type="button"
          className="primary"
          aria-label={t('Start {{name}}', { name })}
          onClick={() => actions.start(summary.id)}
        >
          {t('Start')}
        </button>
        {summary.custom ? (
          <>
            <button type="button" aria-label={t('Edit {{name}}', { name })} onClick={() => actions.edit(summary.id)}>
              {t('Edit')}
            </button>
            <button
              type="button"
              aria-label={t('Delete {{name}}', { name })}
              onClick={() => actions.remove(summary.id)}
            >
              {t('Delete')}
            </button>
          </>
        ) : (
          <button
            type="button"
            aria-label={t('Duplicate to edit: {{name}}', { name })}
            onClick={() => actions.duplicate(summary.id)}
          >
            {t('Duplicate to edit')}
          </button>
        )}
      </div>
    </article>
  )
}
