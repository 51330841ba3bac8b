import { useId, useState } from 'react'
import { BUILT_IN_ROUTINES, EXERCISES_BY_ID, type PlayerView, type Routine } from '../../../../shared/routines'
import { formatMinutes } from '../../format'
import { useDispatch } from '../../state/host-context'
import { useFocusOnMount } from './useFocusOnMount'

const RATINGS = Array.from({ length: 11 }, (_, rating) => rating)

function ratingLabel(rating: number): string {
  if (rating === 0) return '0, no pain'
  if (rating === 10) return '10, worst pain'
  return String(rating)
}

/** The end of a session: what was done, and "how does your back feel now?" for the history. */
/** The exercises of the routine that was played, by name, when it is still in the library. */
function exerciseNames(routineId: string, customRoutines: Routine[]): string[] {
  const routine = [...BUILT_IN_ROUTINES, ...customRoutines].find((candidate) => candidate.id === routineId)
  return (routine?.items ?? []).map((item) => EXERCISES_BY_ID[item.exerciseId]?.name ?? item.exerciseId)
}

export function Summary({
  player,
  customRoutines,
  onClosed,
}: {
  player: PlayerView
  customRoutines: Routine[]
  onClosed: (message: string) => void
}) {
  const dispatch = useDispatch()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const [rating, setRating] = useState<number | null>(null)
  const [error, setError] = useState('')
  const hintId = useId()
  const name = useId()
  const outcome = player.outcome
  const completed = outcome?.completed ?? false
  const minutes = formatMinutes(outcome?.durationMs ?? 0)
  const done = exerciseNames(player.routineId, customRoutines)

  const save = async (): Promise<void> => {
    if (rating === null) {
      setError('Choose a number from 0 to 10 first, or press Skip.')
      return
    }
    const result = await dispatch({ type: 'rateSession', payload: { rating } })
    if (result.ok) onClosed(`Saved to your history: pain ${rating} out of 10 after ${player.routineName}.`)
    else setError(result.error)
  }
  const skip = async (): Promise<void> => {
    const result = await dispatch({ type: 'closeSummary' })
    if (result.ok) onClosed('')
    else setError(result.error)
  }

  return (
    <section className="routine-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" ref={heading} tabIndex={-1}>
        {completed ? 'Routine complete' : 'Routine ended'}
      </h2>
      <p>
        {completed
          ? `You finished ${player.routineName}: ${minutes} of gentle movement.`
          : `You stopped ${player.routineName} after ${minutes}. It is saved in your history.`}
      </p>
      {completed && done.length > 0 ? (
        <ul className="summary-done" aria-label="What you did">
          {done.map((name, index) => (
            <li key={`${index}-${name}`}>{name}</li>
          ))}
        </ul>
      ) : null}
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <fieldset className="rating" aria-describedby={hintId}>
          <legend>How does your back feel now?</legend>
          <p id={hintId} className="rating-hint">
            0 means no pain at all, 10 the worst pain you can imagine.
          </p>
          <div className="rating-options">
            {RATINGS.map((value) => (
              <label key={value} className="rating-option">
                <input
                  type="radio"
                  name={name}
                  value={value}
                  checked={rating === value}
                  aria-label={ratingLabel(value)}
                  onChange={() => {
                    setRating(value)
                    setError('')
                  }}
                />
                <span aria-hidden="true">{value}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {error ? (
          <p role="alert" className="routines-error">
            {error}
          </p>
        ) : null}
        <div className="summary-actions">
          <button type="submit" className="primary">
            Save
          </button>
          <button type="button" onClick={() => void skip()}>
            Skip
          </button>
        </div>
      </form>
    </section>
  )
}
