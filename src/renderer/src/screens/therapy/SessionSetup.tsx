import { useId, useState, type FormEvent } from 'react'
import { Trans } from 'react-i18next'
import { useTranslate } from '../../i18n/useTranslate'
import { msg } from '../../../../shared/i18n'
import { firstIssue, startSessionPayload, type TherapyKind, type TherapyView } from '../../../../shared/therapy'
import { formatClock } from '../../format'
import { useCountdown } from '../../state/useNow'
import { KIND_NAME, minutesText } from './labels'
import { useCommand } from '../../state/useCommand'
import { SourceLinks } from '../SourceLinks'

type Episode = NonNullable<TherapyView['episode']>

const START_LABEL: Record<TherapyKind, string> = { cold: msg('Start cold session'), heat: msg('Start heat session') }

/** Choosing the pack and the length of the next session, with the rest gap enforced and shown. */
export function SessionSetup({
  episode,
  kinds,
  limits,
  rest,
  dailySessionCap,
  at,
}: {
  episode: Episode
  kinds: TherapyKind[]
  limits: TherapyView['limits']
  rest: TherapyView['rest']
  dailySessionCap: number | null
  at: number
}) {
  // Follows the episode's suggested phase (it changes after the cold days) until the person picks a pack.
  const { t } = useTranslate()
  const [chosenKind, setKind] = useState<TherapyKind | null>(null)
  const kind = chosenKind ?? (kinds.includes(episode.suggestedKind) ? episode.suggestedKind : (kinds[0] ?? 'heat'))
  const [minutes, setMinutes] = useState(String(episode.suggestedMinutes))
  const [fieldError, setFieldError] = useState<string | null>(null)
  const { send, error: refusal, setError: setRefusal } = useCommand()
  const baseId = useId()
  const hintId = `${baseId}-hint`
  const errorId = `${baseId}-error`
  const restId = `${baseId}-rest`
  const restLeft = useCountdown(rest?.remainingMs ?? 0, at, rest !== null)
  const resting = rest !== null && restLeft > 0
  const max = limits.maxSessionMinutes[kind]

  const start = (event: FormEvent): void => {
    event.preventDefault()
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
      <h2>{t('Next session')}</h2>
      {kinds.length > 1 ? (
        <fieldset className="kind-choice">
          <legend>{t('Pack')}</legend>
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
              {t(KIND_NAME[option])}
              {option === episode.suggestedKind && <span className="therapy-muted"> {t('(suggested now)')}</span>}
            </label>
          ))}
        </fieldset>
      ) : (
        <p>
          {t('Pack:')} <strong>{t(KIND_NAME[kind])}</strong>
        </p>
      )}
      <div className="field">
        <label htmlFor={`${baseId}-minutes`}>{t('Minutes')}</label>
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
          {t('Up to {{max}}. Suggested: {{on}} on, then at least {{off}} off ({{better}} is better).', {
            max: minutesText(max, t),
            on: minutesText(episode.suggestedMinutes, t),
            off: minutesText(limits.minRestMinutes, t),
            better: minutesText(episode.suggestedRestMinutes, t),
          })}
        </p>
        {fieldError && (
          <p id={errorId} role="alert" className="field-error">
            {t(fieldError)}
          </p>
        )}
      </div>
      {dailySessionCap !== null && (
        <p className="therapy-muted">
          {t('Your own limit: {{count}} sessions a day (set in Settings).', { count: dailySessionCap })}
        </p>
      )}
      {resting && (
        <div id={restId} className="rest-gap">
          <p>
            <Trans
              i18nKey="Rest before the next pack, whichever kind: <clock>{{time}}</clock> left"
              values={{ time: formatClock(restLeft) }}
              components={{ clock: <span className="rest-clock" /> }}
            />
          </p>
          <p className="therapy-muted">{t(rest.reason)}</p>
          <SourceLinks ids={rest.sources} />
        </div>
      )}
      <button type="submit" className="primary" aria-describedby={resting ? restId : undefined}>
        {t(START_LABEL[kind])}
      </button>
      {/* A refusal from the companion (a rest gap, a daily limit) is about the whole request. */}
      {refusal && (
        <p role="alert" className="field-error">
          {t(refusal)}
        </p>
      )}
    </form>
  )
}
