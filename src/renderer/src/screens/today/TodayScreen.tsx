import { useMemo, useState } from 'react'
import type { Snapshot } from '../../../../shared/contract/contract'
import type { BreakKind } from '../../../../shared/reminders'
import { useScreen } from '../../shell/routes'
import { BreakPrompt, type PromptActions } from './BreakPrompt'
import { FlareCard } from './FlareCard'
import { NextBreak } from './NextBreak'
import { OnBreak } from './OnBreak'
import { ReminderControls, type ControlActions } from './ReminderControls'
import { TodaySummary } from './TodaySummary'
import { WeekProgress } from './WeekProgress'
import { PostureToday } from '../../posture/PostureToday'
import { usePrepareCueSounds } from '../../sound/CueSounds'
import { useCommand } from '../../state/useCommand'
import './today.css'

export function TodayScreen({ snapshot }: { snapshot: Snapshot }) {
  const view = snapshot.reminders
  const [, go] = useScreen()
  const { send, error } = useCommand()
  const prepareSounds = usePrepareCueSounds()
  // Once a prompt or a break has replaced the countdown, its return takes the focus that went with them.
  const [replaced, setReplaced] = useState(false)
  if (!replaced && (view.prompt || view.onBreak)) setReplaced(true)

  const actions = useMemo(() => {
    // A stretch break plays the break routine, so the person is taken to the player.
    const startBreak = (kind: BreakKind): void => {
      if (kind === 'stretch') prepareSounds()
      void send({ type: 'startBreak', payload: { kind } }).then((ok) => {
        if (ok && kind === 'stretch') go('routines')
      })
    }
    const prompt = (kind: BreakKind): PromptActions => ({
      start: () => startBreak(kind),
      snooze: (minutes) => void send({ type: 'snoozeBreak', payload: { minutes } }),
      skip: () => void send({ type: 'skipBreak' }),
    })
    const controls: ControlActions = {
      startStretch: () => startBreak('stretch'),
      pause: (length) => void send({ type: 'pauseReminders', payload: { for: length } }),
      resume: () => void send({ type: 'resumeReminders' }),
      startMeeting: (minutes) => void send({ type: 'startMeeting', payload: { minutes } }),
      endMeeting: () => void send({ type: 'endMeeting' }),
      remindToday: () => void send({ type: 'remindToday' }),
    }
    return { prompt, controls, endBreak: () => void send({ type: 'endBreak' }) }
  }, [send, go, prepareSounds])

  return (
    <div className="today">
      {view.prompt && <BreakPrompt prompt={view.prompt} actions={actions.prompt(view.prompt.kind)} error={error} />}
      {view.onBreak ? (
        <OnBreak
          onBreak={view.onBreak}
          at={snapshot.at}
          routinePlaying={snapshot.routines.player !== null && snapshot.routines.player.status !== 'done'}
          onEnd={actions.endBreak}
        />
      ) : (
        // While a prompt asks for the break, a countdown at 0:00 beside it would only repeat it.
        !view.prompt && <NextBreak view={view} at={snapshot.at} timeZone={snapshot.timeZone} takeFocus={replaced} />
      )}
      {error && !view.prompt && (
        <p role="alert" className="today-error">
          {error}
        </p>
      )}
      <FlareCard flare={snapshot.flare} timeZone={snapshot.timeZone} />
      <ReminderControls view={view} actions={actions.controls} />
      <TodaySummary today={view.today} skipsInARow={view.skipsNoticed ? view.skipsInARow : null} />
      <WeekProgress progress={snapshot.progress} />
      <PostureToday view={snapshot.posture} />
    </div>
  )
}
