import { useMemo, useState } from 'react'
import type { Command } from '../../../../shared/contract'
import { EXERCISES_BY_ID, type PlayerView, type SegmentView } from '../../../../shared/routines'
import { formatClock } from '../../format'
import { PoseIllustration } from '../../illustrations/PoseIllustration'
import { useDispatch } from '../../state/host-context'
import { ConfirmDialog } from './ConfirmDialog'
import { CountdownRing } from './CountdownRing'
import { useFocusOnMount } from './useFocusOnMount'
import { usePlayerKeys } from './usePlayerKeys'
import { useStepClock } from './useStepClock'

const SIDE_LABELS = { left: 'Left side', right: 'Right side' } as const

function phaseTitle(segment: SegmentView): string {
  if (segment.kind === 'prepare') return 'Get ready'
  if (segment.kind === 'rest') return 'Rest'
  return segment.exerciseName
}

/** Which repetition is under way, counted from the time left (the snapshot's `rep` is only as fresh as it is). */
function currentRep(segment: SegmentView, remainingMs: number): number | null {
  if (segment.reps === null) return null
  const perRepMs = segment.durationMs / segment.reps
  return Math.min(segment.reps, Math.floor((segment.durationMs - remainingMs) / perRepMs) + 1)
}

/** What a screen reader hears: phase changes only, never the seconds. */
function announcement(player: PlayerView, segment: SegmentView): string {
  if (player.status === 'paused') return 'Paused.'
  const side = segment.side ? `, ${SIDE_LABELS[segment.side].toLowerCase()}` : ''
  if (segment.kind === 'exercise') return `${segment.exerciseName}${side}.`
  return `${phaseTitle(segment)}. Next: ${segment.exerciseName}.`
}

export function Player({ player, at }: { player: PlayerView; at: number }) {
  const dispatch = useDispatch()
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState('')
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const running = player.status === 'running'
  const segment = player.segment
  const now = useStepClock(running, at, segment?.remainingMs ?? 0)
  const elapsed = running ? Math.max(0, now - at) : 0
  const remaining = segment ? Math.max(0, segment.remainingMs - elapsed) : 0
  const remainingTotal = Math.max(0, player.remainingTotalMs - elapsed)

  const actions = useMemo(() => {
    const send = (command: Command): void => {
      void dispatch(command).then((result) => setError(result.ok ? '' : result.error))
    }
    return {
      toggle: () => send({ type: running ? 'pauseRoutine' : 'resumeRoutine' }),
      back: () => send({ type: 'previousStep' }),
      skip: () => send({ type: 'nextStep' }),
      end: () => setConfirming(true),
      confirmEnd: () => {
        setConfirming(false)
        send({ type: 'endRoutine' })
      },
    }
  }, [dispatch, running])
  usePlayerKeys(!confirming, actions)

  if (!segment) return null
  const exercise = EXERCISES_BY_ID[segment.exerciseId]
  const rep = currentRep(segment, remaining)
  const stepNumber = Math.min(player.itemCount, player.itemIndex + 1)

  return (
    <section className="player" aria-labelledby="player-heading">
      <div className="player-header">
        <h2 id="player-heading" ref={heading} tabIndex={-1}>
          {player.routineName}
        </h2>
        <p className="player-progress">
          <span>
            Step {stepNumber} of {player.itemCount}
          </span>
          <progress max={player.itemCount} value={stepNumber} aria-label="Progress through the routine" />
          <span>{formatClock(remainingTotal)} left in the routine</span>
        </p>
      </div>
      <p className="routines-sr-only" role="status">
        {announcement(player, segment)}
      </p>

      <div className="player-stage">
        <div className="player-figure">
          {exercise ? (
            <PoseIllustration
              pose={exercise.pose}
              label={`Illustration: ${exercise.name}`}
              moving={running && segment.kind === 'exercise'}
            />
          ) : null}
        </div>
        <div className="player-now">
          <p className="player-phase">{phaseTitle(segment)}</p>
          {segment.side ? <p className="player-side">{SIDE_LABELS[segment.side]}</p> : null}
          <CountdownRing
            remainingMs={remaining}
            durationMs={segment.durationMs}
            caption={player.status === 'paused' ? 'paused' : 'left'}
          />
          {rep !== null && segment.kind === 'exercise' ? (
            <p className="player-rep">
              Repetition {rep} of {segment.reps}
            </p>
          ) : null}
        </div>
      </div>

      {exercise ? (
        <div className="player-guide">
          <h3>{segment.kind === 'exercise' ? 'How to do it' : `Coming up: ${exercise.name}`}</h3>
          <ol>
            {exercise.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p>
            <strong>Breathing:</strong> {exercise.breathing}
          </p>
          <ul className="player-cautions" aria-label="Take care">
            {exercise.cautions.map((caution) => (
              <li key={caution}>{caution}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <p className="player-next">
        {player.nextUp ? `Next up: ${player.nextUp.name}` : 'Next up: the end of the routine'}
      </p>

      {error ? (
        <p role="alert" className="routines-error">
          {error}
        </p>
      ) : null}

      <div className="player-controls" role="group" aria-label="Player controls">
        <button type="button" className="primary" aria-keyshortcuts="Space" onClick={actions.toggle}>
          {running ? 'Pause' : 'Resume'}
        </button>
        <button type="button" aria-keyshortcuts="ArrowLeft" onClick={actions.back}>
          Back
        </button>
        <button type="button" aria-keyshortcuts="ArrowRight" onClick={actions.skip}>
          Skip
        </button>
        <button type="button" aria-keyshortcuts="Escape" onClick={actions.end}>
          End
        </button>
      </div>
      <p className="player-keys">Keys: Space pauses or resumes, ← goes back, → skips, Esc ends.</p>

      {confirming ? (
        <ConfirmDialog
          title="End this routine?"
          description="What you have done so far is kept in your history."
          confirmLabel="End routine"
          cancelLabel="Keep going"
          onConfirm={actions.confirmEnd}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </section>
  )
}
