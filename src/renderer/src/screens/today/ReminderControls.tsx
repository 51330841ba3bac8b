import { useTranslation } from 'react-i18next'
import { msg } from '../../../../shared/i18n'
import type { ReminderView } from '../../../../shared/reminders'

export type PauseFor = '30m' | '1h' | 'tomorrow' | 'indefinite'

export interface ControlActions {
  startStretch: () => void
  pause: (length: PauseFor) => void
  resume: () => void
  startMeeting: (minutes: 30 | 60 | 90) => void
  endMeeting: () => void
  /** outside working hours: reminders run anyway until midnight */
  remindToday: () => void
}

const PAUSES: ReadonlyArray<{ value: PauseFor; label: string }> = [
  { value: '30m', label: msg('30 minutes') },
  { value: '1h', label: msg('1 hour') },
  { value: 'tomorrow', label: msg('Until tomorrow') },
  { value: 'indefinite', label: msg('Until I resume') },
]

const MEETINGS = [30, 60, 90] as const

export function ReminderControls({ view, actions }: { view: ReminderView; actions: ControlActions }) {
  const { t } = useTranslation()
  return (
    <section className="today-controls" aria-label={t('Break controls')}>
      {view.status === 'outside-hours' && (
        <button type="button" onClick={actions.remindToday}>
          {t('Remind me now anyway')}
        </button>
      )}
      {!view.onBreak && !view.prompt && (
        <button type="button" className="primary" onClick={actions.startStretch}>
          {t('Start a stretch now')}
        </button>
      )}
      {view.pause ? (
        <button type="button" onClick={actions.resume}>
          {t('Resume reminders')}
        </button>
      ) : (
        <div role="group" aria-labelledby="pause-label" className="today-choice">
          <span id="pause-label">{t('Pause reminders')}</span>
          {PAUSES.map(({ value, label }) => (
            <button key={value} type="button" onClick={() => actions.pause(value)}>
              {t(label)}
            </button>
          ))}
        </div>
      )}
      {view.meetingForMs !== null ? (
        <button type="button" onClick={actions.endMeeting}>
          {t('Meeting over')}
        </button>
      ) : (
        <div role="group" aria-labelledby="meeting-label" className="today-choice">
          <span id="meeting-label">{t('I’m in a meeting')}</span>
          {MEETINGS.map((minutes) => (
            <button key={minutes} type="button" onClick={() => actions.startMeeting(minutes)}>
              {t('{{minutes}} min', { minutes })}
            </button>
          ))}
        </div>
      )}
    </section>
  )
}
