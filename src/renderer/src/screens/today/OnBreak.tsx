import { Trans } from 'react-i18next'
import type { ReminderView } from '../../../../shared/reminders'
import { describeDuration, formatClock } from '../../format'
import { useCountdown } from '../../state/useNow'
import { ON_BREAK_TITLES } from './labels'
import { useTranslate } from '../../i18n/useTranslate'

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
  const { t, language } = useTranslate()
  const remaining = useCountdown(onBreak.remainingMs, at, true)
  return (
    <section className="on-break" aria-labelledby="on-break-title">
      <h2 id="on-break-title">
        <Trans
          i18nKey={ON_BREAK_TITLES[onBreak.kind]}
          values={{ time: formatClock(remaining) }}
          components={[
            <span
              key="timer"
              role="timer"
              aria-label={t('{{duration}} left', {
                duration: describeDuration(remaining, t, language),
              })}
            />,
          ]}
        />
      </h2>
      <div className="today-actions">
        {routinePlaying && (
          <a className="button primary" href="#/routines">
            {t('Open the break routine')}
          </a>
        )}
        {onBreak.mode !== 'strict' && (
          <button type="button" onClick={onEnd}>
            {t('End break')}
          </button>
        )}
      </div>
    </section>
  )
}
