import type { ReminderView } from '../../../../shared/reminders'
import { describeDuration, formatClock } from '../../format'
import { useCountdown } from '../../state/useNow'
import { KIND_NAMES } from './labels'

type Break = NonNullable<ReminderView['onBreak']>

export function OnBreak({
  onBreak,
  at,
  routinePlaying,
  onEnd,
}: {
  onBreak: Break
  at: number
  routinePlaying: boolean
  onEnd: () => void
}) {
  const remaining = useCountdown(onBreak.remainingMs, at, true)
  return (
    <section className="on-break" aria-labelledby="on-break-title">
      <h2 id="on-break-title">
        On a {KIND_NAMES[onBreak.kind]}:{' '}
        <span role="timer" aria-label={`${describeDuration(remaining)} left`}>
          {formatClock(remaining)}
        </span>{' '}
        left
      </h2>
      <div className="today-actions">
        {routinePlaying && (
          <a className="button primary" href="#/routines">
            Open the break routine
          </a>
        )}
        <button type="button" onClick={onEnd}>
          End break
        </button>
      </div>
    </section>
  )
}
