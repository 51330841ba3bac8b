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
  const headingId = `routine-${summary.id}`
  return (
    <article className="routine-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{summary.name}</h3>
      {summary.custom ? <p className="routine-tag">Your routine</p> : null}
      <p className="routine-description">{summary.description}</p>
      <dl className="routine-facts">
        <div>
          <dt>Length</dt>
          <dd>
            {formatMinutes(summary.durationMs)}, {summary.itemCount} exercises
          </dd>
        </div>
        <div>
          <dt>Works</dt>
          <dd>{describeAreas(summary.bodyAreas)}</dd>
        </div>
        <div>
          <dt>Position</dt>
          <dd>{describePositions(summary.positions)}</dd>
        </div>
      </dl>
      <div className="routine-actions">
        <button
          type="button"
          className="primary"
          aria-label={`Start ${summary.name}`}
          onClick={() => actions.start(summary.id)}
        >
          Start
        </button>
        {summary.custom ? (
          <>
            <button type="button" aria-label={`Edit ${summary.name}`} onClick={() => actions.edit(summary.id)}>
              Edit
            </button>
            <button type="button" aria-label={`Delete ${summary.name}`} onClick={() => actions.remove(summary.id)}>
              Delete
            </button>
          </>
        ) : (
          <button
            type="button"
            aria-label={`Duplicate to edit: ${summary.name}`}
            onClick={() => actions.duplicate(summary.id)}
          >
            Duplicate to edit
          </button>
        )}
      </div>
    </article>
  )
}
