import { useId, useState } from 'react'
import { useTranslate } from '../../i18n/useTranslate'
import { msg } from '../../../../shared/i18n'
import { BUILT_IN_ROUTINES, EXERCISES_BY_ID, type PlayerView, type Routine } from '../../../../shared/routines'
import { useConfirmSaved, useDispatch } from '../../state/host-context'
import { formatMinutes } from '../../format'
import { useFocusOnMount } from './useFocusOnMount'

const RATINGS = Array.from({ length: 11 }, (_, rating) => rating)

function ratingLabel(rating: number): string {
  if (rating === 0) return msg('0, no pain')
  if (rating === 10) return msg('10, worst pain')
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
  const { t } = useTranslate()
  const dispatch = useDispatch()
  const confirmSaved = useConfirmSaved()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const [rating, setRating] = useState<number | null>(null)
  const [error, setError] = useState('')
  const hintId = useId()
  const name = useId()
  const outcome = player.outcome
  const completed = outcome?.completed ?? false
  const minutes = formatMinutes(outcome?.durationMs ?? 0, t)
  const routineName = t(player.routineName)
  const done = exerciseNames(player.routineId, customRoutines)

  const save = async (): Promise<void> => {
    if (rating === null) {
      setError(msg('Choose a number from 0 to 10 first, or press Skip.'))
      return
    }
    const result = await dispatch({ type: 'rateSession', payload: { rating } })
    if (result.ok)
      onClosed(
        confirmSaved(
          t('Saved to your history: pain {{rating}} out of 10 after {{routine}}.', { rating, routine: routineName }),
        ),
      )
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
        {completed ? t('Routine complete') : t('Routine ended')}
      </h2>
      <p>
        {completed
          ? t('You finished {{routine}}: {{duration}} of gentle movement.', { routine: routineName, duration: minutes })
          : confirmSaved(
              t('You stopped {{routine}} after {{duration}}. It is saved in your history.', {
                routine: routineName,
                duration: minutes,
              }),
            )}
      </p>
      {completed && done.length > 0 ? (
        <ul className="summary-done" aria-label={t('What you did')}>
          {done.map((name, index) => (
            <li key={`${index}-${name}`}>{t(name)}</li>
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
          <legend>{t('How does your back feel now?')}</legend>
          <p id={hintId} className="rating-hint">
            {t('0 means no pain at all, 10 the worst pain you can imagine.')}
          </p>
          <div className="rating-options">
            {RATINGS.map((value) => (
              <label key={value} className="rating-option">
                <input
                  type="radio"
                  name={name}
                  value={value}
                  checked={rating === value}
                  aria-label={t(ratingLabel(value))}
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
            {t(error)}
          </p>
        ) : null}
        <div className="summary-actions">
          <button type="submit" className="primary">
            {t('Save')}
          </button>
          <button type="button" onClick={() => void skip()}>
            {t('Skip')}
          </button>
        </div>
      </form>
    </section>
  )
}
