import { memo, useCallback, useId, useMemo, useRef, useState } from 'react'
import { useTranslate } from '../../i18n/useTranslate'
import type { Command } from '../../../../shared/contract/contract'
import { msg, type Translate } from '../../../../shared/i18n'
import { EXERCISES_BY_ID, type PlayerView, type SegmentView } from '../../../../shared/routines'
import { formatClock } from '../../format'
import { PoseIllustration } from '../../illustrations/PoseIllustration'
import { useDispatch } from '../../state/host-context'
import { ConfirmDialog } from './ConfirmDialog'
import { PlayerControls } from './PlayerControls'
import { PlayerGuide } from './PlayerGuide'
import { CountdownRing } from './CountdownRing'
import { useFocusOnMount } from './useFocusOnMount'
import { usePlayerKeys } from './usePlayerKeys'
import { useCounted, useCountedDom, useStepClock, type StepClock } from './stepClock'
import './routines.css'

/** Its props change with the step, not each second, so the countdown's tick leaves the drawing alone. */
const Figure = memo(PoseIllustration)

const SIDE_LABELS = { left: msg('Left side'), right: msg('Right side') } as const

function phaseTitle(segment: SegmentView, t: Translate): string {
  if (segment.kind === 'prepare') return t('Get ready')
  if (segment.kind === 'rest') return t('Rest')
  return t(segment.exerciseName)
}

/** Which repetition is under way, counted from the time left (the snapshot's `rep` is only as fresh as it is). */
function currentRep(segment: SegmentView, remainingMs: number): number | null {
  if (segment.reps === null) return null
  const perRepMs = segment.durationMs / segment.reps
  return Math.min(segment.reps, Math.floor((segment.durationMs - remainingMs) / perRepMs) + 1)
}

/** The routine's time left, written into the page each second without a render. */
function RoutineTimeLeft({ clock, remainingMs }: { clock: StepClock; remainingMs: number }) {
  const { t } = useTranslate()
  const left = useCallback((at: StepClock) => formatClock(at.left(remainingMs)), [remainingMs])
  const show = useCallback(
    (span: HTMLSpanElement, time: string) => {
      span.textContent = t('{{time}} left in the routine', { time })
    },
    [t],
  )
  return <span ref={useCountedDom(clock, left, show)} />
}

/** Re-rendered when the repetition changes, not at each second. */
function Repetition({ clock, segment }: { clock: StepClock; segment: SegmentView }) {
  const { t } = useTranslate()
  const rep = useCounted(clock, (at) => currentRep(segment, at.left(segment.remainingMs)))
  if (rep === null || segment.kind !== 'exercise') return null
  return <p className="player-rep">{t('Repetition {{rep}} of {{total}}', { rep, total: segment.reps ?? rep })}</p>
}

/** What a screen reader hears: phase changes only, never the seconds. */
function announcement(player: PlayerView, segment: SegmentView, t: Translate): string {
  if (player.status === 'paused') return t('Paused.')
  const exercise = t(segment.exerciseName)
  if (segment.kind === 'exercise') {
    if (segment.side === 'left') return t('{{exercise}}, left side.', { exercise })
    if (segment.side === 'right') return t('{{exercise}}, right side.', { exercise })
    return t('{{exercise}}.', { exercise })
  }
  if (segment.kind === 'prepare') return t('Get ready. Next: {{exercise}}.', { exercise })
  return t('Rest. Next: {{exercise}}.', { exercise })
}

/** `escapeKey` false: Esc is left to what holds the player (a break screen), and its End button names no key. */
export function Player({ player, at, escapeKey = true }: { player: PlayerView; at: number; escapeKey?: boolean }) {
  const { t } = useTranslate()
  const dispatch = useDispatch()
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState('')
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const section = useRef<HTMLElement>(null)
  const headingId = useId()
  const running = player.status === 'running'
  const segment = player.segment
  const clock = useStepClock(running, at, segment?.remainingMs ?? 0)

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
  usePlayerKeys(!confirming, actions, section, escapeKey)

  if (!segment) return null
  const exercise = EXERCISES_BY_ID[segment.exerciseId]
  const stepNumber = Math.min(player.itemCount, player.itemIndex + 1)

  return (
    <section ref={section} className="player" aria-labelledby={headingId}>
      <div className="player-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {t(player.routineName)}
        </h2>
        <p className="player-progress">
          <span>{t('Step {{step}} of {{total}}', { step: stepNumber, total: player.itemCount })}</span>
          <progress max={player.itemCount} value={stepNumber} aria-label={t('Progress through the routine')} />
          <RoutineTimeLeft clock={clock} remainingMs={player.remainingTotalMs} />
        </p>
      </div>
      <p className="routines-sr-only" role="status">
        {announcement(player, segment, t)}
      </p>

      <div className="player-stage">
        <div className="player-figure">
          {exercise ? (
            <Figure
              pose={exercise.pose}
              label={t('Illustration: {{exercise}}', { exercise: t(exercise.name) })}
              moving={running && segment.kind === 'exercise'}
            />
          ) : null}
        </div>
        <div className="player-now">
          <p className="player-phase">{phaseTitle(segment, t)}</p>
          {segment.side ? <p className="player-side">{t(SIDE_LABELS[segment.side])}</p> : null}
          <CountdownRing
            clock={clock}
            remainingMs={segment.remainingMs}
            durationMs={segment.durationMs}
            caption={player.status === 'paused' ? t('paused') : t('left')}
          />
          <Repetition clock={clock} segment={segment} />
        </div>
      </div>

      {exercise ? <PlayerGuide exercise={exercise} kind={segment.kind} /> : null}

      <p className="player-next">
        {player.nextUp
          ? t('Next up: {{exercise}}', { exercise: t(player.nextUp.name) })
          : t('Next up: the end of the routine')}
      </p>

      {error ? (
        <p role="alert" className="routines-error">
          {t(error)}
        </p>
      ) : null}

      <PlayerControls running={running} actions={actions} escapeKey={escapeKey} />

      {confirming ? (
        <ConfirmDialog
          title={t('End this routine?')}
          description={t('What you have done so far is kept in your history.')}
          confirmLabel={t('End routine')}
          cancelLabel={t('Keep going')}
          onConfirm={actions.confirmEnd}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </section>
  )
}
