import { useId, useState, type FormEvent } from 'react'
import { firstIssue, startSessionPayload, type TherapyKind, type TherapyView } from '../../../../shared/therapy'
import { formatClock } from '../../format'
import { useCountdown } from '../../state/useNow'
import { KIND_NAME, minutesText } from './labels'
import { useCommand } from './useCommand'

type Episode = NonNullable<TherapyView['episode']>

/** Choosing the pack and the length of the next session, with the rest gap enforced and shown. */
export function SessionSetup({
  episode,
  kinds,
  limits,
  restRemainingMs,
  dailySessionCap,
  at,
}: {
  episode: Episode
  kinds: TherapyKind[]
  limits: TherapyView['limits']
  restRemainingMs: TherapyView['restRemainingMs']
  dailySessionCap: number | null
  at: number
}) {
  // Follows the episode's suggested phase (it changes after the cold days) until the person picks a pack.
  const [chosenKind, setKind] = useState<TherapyKind | null>(null)
  const kind = chosenKind ?? (kinds.includes(episode.suggestedKind) ? episode.suggestedKind : (kinds[0] ?? 'heat'))
  const [minutes, setMinutes] = useState(String(episode.suggestedMinutes))
  const [fieldError, setFieldError] = useState<string | null>(null)
  const { send, error: refusal, setError: setRefusal } = useCommand()
  const baseId = useId()
  const hintId = `${baseId}-hint`
  const errorId = `${baseId}-error`
  const restId = `${baseId}-rest`
  const restMs = restRemainingMs[kind]
  const restLeft = useCountdown(restMs, at, restMs > 0)
  const resting = restLeft > 0
  const max = limits.maxSessionMinutes[kind]

  const start = (event: FormEvent): void => {
    event.preventDefault()
    if (resting) return
    // The same schema the core checks, so a too-long value is refused here with the core's own words.
    const payload = { kind, minutes: minutes.trim() === '' ? Number.NaN : Number(minutes), presetId: episode.presetId }
    const parsed = startSessionPayload.safeParse(payload)
    if (!parsed.success) {
      setFieldError(firstIssue(parsed.error))
      return
    }
    setFieldError(null)
    void send({ type: 'startTherapySession', payload: parsed.data })
  }

  return (
    <form className="therapy-card" onSubmit={start} noValidate>
      <h2>Next session</h2>
      {kinds.length > 1 ? (
        <fieldset className="kind-choice">
          <legend>Pack</legend>
          {kinds.map((option) => (
            <label key={option} className={`kind-option kind-${option}`}>
              <input
                type="radio"
                name="kind"
                value={option}
                checked={kind === option}
                onChange={() => {
                  setKind(option)
                  setFieldError(null)
                  setRefusal(null)
                }}
              />
              {KIND_NAME[option]}
              {option === episode.suggestedKind && <span className="therapy-muted"> (suggested now)</span>}
            </label>
          ))}
        </fieldset>
      ) : (
        <p>
          Pack: <strong>{KIND_NAME[kind]}</strong>
        </p>
      )}
      <div className="field">
        <label htmlFor={`${baseId}-minutes`}>Minutes</label>
        <input
          id={`${baseId}-minutes`}
          className="minutes-input"
          type="number"
          inputMode="numeric"
          min={limits.minSessionMinutes}
          max={max}
          step={1}
          value={minutes}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${errorId} ${hintId}` : hintId}
          onChange={(event) => {
            setMinutes(event.target.value)
            setFieldError(null)
          }}
        />
        <p id={hintId} className="therapy-muted">
          Up to {minutesText(max)}. Suggested: {minutesText(episode.suggestedMinutes)} on, then at least{' '}
          {minutesText(limits.minRestMinutes)} off ({minutesText(episode.suggestedRestMinutes)} is better).
        </p>
        {fieldError && (
          <p id={errorId} role="alert" className="field-error">
            {fieldError}
          </p>
        )}
      </div>
      {dailySessionCap !== null && (
        <p className="therapy-muted">
          Your own limit: {dailySessionCap} session{dailySessionCap === 1 ? '' : 's'} a day (set in Settings).
        </p>
      )}
      {resting && (
        <p id={restId} className="rest-gap">
          Next {kind} session possible in <span className="rest-clock">{formatClock(restLeft)}</span>
        </p>
      )}
      <button type="submit" className="primary" disabled={resting} aria-describedby={resting ? restId : undefined}>
        Start {KIND_NAME[kind].toLowerCase()} session
      </button>
      {/* A refusal from the companion (a daily limit, a rest gap just begun) is about the whole request. */}
      {refusal && (
        <p role="alert" className="field-error">
          {refusal}
        </p>
      )}
    </form>
  )
}
