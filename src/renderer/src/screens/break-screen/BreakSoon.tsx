import type { Snapshot } from '../../../../shared/contract/contract'
import { snoozeLengthsInOrder } from '../../../../shared/reminders/snooze'
import { useTranslate } from '../../i18n/useTranslate'
import { usePrepareCueSounds } from '../../sound/CueSounds'
import { useCommand } from '../../state/useCommand'
import { SnoozeButtons } from './SnoozeButtons'
import './break-screen.css'

/**
 * "Break in 30 seconds": the banner before a firm or strict break covers the page, with what may still be done
 * about it; its line is a polite status (the notification says it outside the page).
 */
export function BreakSoon({ snapshot }: { snapshot: Snapshot }) {
  const { t } = useTranslate()
  const { send, error } = useCommand()
  const prepareSounds = usePrepareCueSounds()
  const soon = snapshot.reminders.soon
  if (!soon) return null
  return (
    <div className="break-soon notice notice-warning">
      <p role="status">{t('Break in {{count}} seconds', { count: Math.ceil(soon.remainingMs / 1000) })}</p>
      <div className="break-soon-actions">
        <button
          type="button"
          onClick={() => {
            if (soon.kind === 'stretch') prepareSounds()
            void send({ type: 'startBreak', payload: { kind: soon.kind } })
          }}
        >
          {t('Start now')}
        </button>
        {soon.canSnooze && (
          <SnoozeButtons
            lengths={snoozeLengthsInOrder(snapshot.settings.reminders.snoozeOptions)}
            snooze={(minutes) => void send({ type: 'snoozeBreak', payload: { minutes } })}
          />
        )}
        {soon.canSkip && (
          <button type="button" onClick={() => void send({ type: 'skipBreak' })}>
            {t('Skip')}
          </button>
        )}
        {error && <p role="alert">{error}</p>}
      </div>
    </div>
  )
}
