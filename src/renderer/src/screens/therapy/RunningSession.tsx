import { useTranslate } from '../../i18n/useTranslate'
import { KIND_LABEL, type TherapyView } from '../../../../shared/therapy'
import { formatClock } from '../../format'
import { useCountdown } from '../../state/useNow'
import { describeDuration } from '../../format'
import { EndAlert } from './EndAlert'
import { ProgressRing } from './ProgressRing'
import { SkinCheck } from './SkinCheck'
import { useCommand } from '../../state/useCommand'

type Session = NonNullable<TherapyView['session']>

/** The session on the skin now: a big countdown in the pack's colour and words, and its controls. */
export function RunningSession({ session, at }: { session: Session; at: number }) {
  const { t, language } = useTranslate()
  const { send, error } = useCommand()
  const ticking = !session.paused && !session.endedAwaitingAck
  const left = useCountdown(session.remainingMs, at, ticking)
  const label = t(KIND_LABEL[session.kind])
  const minutesLeft = Math.ceil(left / 60_000)
  const state = session.endedAwaitingAck ? t('time is up') : session.paused ? t('paused') : t('running')

  return (
    <section className={`therapy-card running kind-${session.kind}`} aria-labelledby="running-title">
      <h2 id="running-title" className="kind-label">
        <span className="kind-dot" aria-hidden="true" />
        {label}
        <span className="therapy-muted"> · {state}</span>
      </h2>
      {session.endedAwaitingAck && (
        <EndAlert whileClosed={session.endedWhileClosed} onOff={() => void send({ type: 'acknowledgeTherapyEnd' })} />
      )}
      {session.skinCheckDue && <SkinCheck onFine={() => void send({ type: 'dismissSkinCheck' })} />}
      <div className="countdown-row">
        <ProgressRing
          kind={session.kind}
          fraction={session.plannedMs > 0 ? 1 - left / session.plannedMs : 1}
          label={t('{{label}} session progress', { label })}
        />
        <div>
          <p
            className="countdown"
            role="timer"
            aria-label={t('{{label}}: {{duration}} left', { label, duration: describeDuration(left, t, language) })}
          >
            {formatClock(left)}
          </p>
          <p className="therapy-muted">{t('of {{time}} planned', { time: formatClock(session.plannedMs) })}</p>
          {/* Announced once a minute (and on pause), not every second. */}
          <p className="visually-hidden" role="status">
            {session.endedAwaitingAck
              ? ''
              : session.paused
                ? t('{{label}} paused: take the pack off.', { label })
                : t('{{label}}: {{count}} minutes left.', { label, count: minutesLeft })}
          </p>
        </div>
      </div>
      {session.paused && !session.endedAwaitingAck && (
        <p className="pause-note">
          {t(
            'Take the pack off while the session is paused: paused time is not counted, but a pack left on still works on your skin. Put it back on, over a cloth, when you resume.',
          )}
        </p>
      )}
      {!session.endedAwaitingAck && (
        <div className="session-controls">
          {session.paused ? (
            <button type="button" className="primary" onClick={() => void send({ type: 'resumeTherapySession' })}>
              {t('Resume')}
            </button>
          ) : (
            <button type="button" onClick={() => void send({ type: 'pauseTherapySession' })}>
              {t('Pause')}
            </button>
          )}
          <button type="button" onClick={() => void send({ type: 'addTherapyMinute' })}>
            {t('+1 minute')}
          </button>
          <button type="button" onClick={() => void send({ type: 'endTherapySession' })}>
            {t('End session')}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="field-error">
          {t(error)}
        </p>
      )}
    </section>
  )
}
