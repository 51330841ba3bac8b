import type { ReminderView } from '../../../../shared/reminders'

export type PauseFor = '30m' | '1h' | 'tomorrow' | 'indefinite'

export interface ControlActions {
  startStretch: () => void
  pause: (length: PauseFor) => void
  resume: () => void
  startMeeting: (minutes: 30 | 60 | 90) => void
  endMeeting: () => void
}

const PAUSES: ReadonlyArray<{ value: PauseFor; label: string }> = [
  { value: '30m', label: '30 minutes' },
  { value: '1h', label: '1 hour' },
  { value: 'tomorrow', label: 'Until tomorrow' },
  { value: 'indefinite', label: 'Until I resume' },
]

const MEETINGS = [30, 60, 90] as const

export function ReminderControls({ view, actions }: { view: ReminderView; actions: ControlActions }) {
  return (
    <section className="today-controls" aria-label="Break controls">
      {!view.onBreak && !view.prompt && (
        <button type="button" className="primary" onClick={actions.startStretch}>
          Start a stretch now
        </button>
      )}
      {view.pause ? (
        <button type="button" onClick={actions.resume}>
          Resume reminders
        </button>
      ) : (
        <div role="group" aria-labelledby="pause-label" className="today-choice">
          <span id="pause-label">Pause reminders</span>
          {PAUSES.map(({ value, label }) => (
            <button key={value} type="button" onClick={() => actions.pause(value)}>
              {label}
            </button>
          ))}
        </div>
      )}
      {view.meetingForMs !== null ? (
        <button type="button" onClick={actions.endMeeting}>
          Meeting over
        </button>
      ) : (
        <div role="group" aria-labelledby="meeting-label" className="today-choice">
          <span id="meeting-label">I’m in a meeting</span>
          {MEETINGS.map((minutes) => (
            <button key={minutes} type="button" onClick={() => actions.startMeeting(minutes)}>
              {minutes} min
            </button>
          ))}
        </div>
      )}
    </section>
  )
}
