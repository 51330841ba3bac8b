import { memo, useCallback } from 'react'
import { useTranslate } from '../../i18n/useTranslate'
import { describeDuration, formatClock } from '../../format'
import { useCountedDom, type StepClock } from './stepClock'

/** The ring's two halves in its 128-unit box (radius 54), each drawn from 12 or 6 o'clock clockwise. */
const RIGHT_HALF = 'M64 10 A54 54 0 0 1 64 118'
const LEFT_HALF = 'M64 118 A54 54 0 0 1 64 10'

/** Its box shows one side; the half-ring inside turns into it as the arc grows (the other half-ring, turned). */
function Half({ side }: { side: 'left' | 'right' }) {
  return (
    <div className={`ring-half ring-half-${side}`}>
      <svg className="ring-turn" viewBox="0 0 128 128">
        <path className="ring-arc" d={side === 'right' ? LEFT_HALF : RIGHT_HALF} />
      </svg>
    </div>
  )
}

/**
 * The arc left of the step: from 12 o'clock clockwise, the part of the ring the count has left, stepped once a
 * second like the count. A second sets one property, the fraction left (`--ring-left`), from which routines.css
 * turns the half-rings and the end cap: turning composited layers needs no layout or paint, and nothing moves
 * between seconds (a continuous animation kept the compositor drawing 60 frames a second).
 */
const RingArc = memo(function RingArc({
  clock,
  remainingMs,
  durationMs,
}: {
  clock: StepClock
  remainingMs: number
  durationMs: number
}) {
  // What is left at the count's whole second (exact when paused, as the snapshot gives it).
  const fractionLeft = useCallback(
    (at: StepClock) =>
      durationMs > 0 ? Math.min(remainingMs, Math.ceil(at.left(remainingMs) / 1000) * 1000) / durationMs : 0,
    [remainingMs, durationMs],
  )
  const arc = useCountedDom(clock, fractionLeft, showFraction)
  return (
    <div ref={arc} className="ring-arcs" aria-hidden="true">
      <Half side="right" />
      <Half side="left" />
      <svg className="ring-cap" viewBox="0 0 128 128">
        <circle className="ring-arc-end" cx="64" cy="10" r="4.5" />
      </svg>
      <svg className="ring-turn ring-turn-end" viewBox="0 0 128 128">
        <circle className="ring-arc-end" cx="64" cy="10" r="4.5" />
      </svg>
    </div>
  )
})

function showFraction(arc: HTMLDivElement, fraction: number): void {
  arc.style.setProperty('--ring-left', String(fraction))
}

/** The time written in the middle (never colour alone): the only part of the ring a second changes. */
function RingTime({ clock, remainingMs, caption }: { clock: StepClock; remainingMs: number; caption: string }) {
  const { t, language } = useTranslate()
  const secondsLeft = useCallback((at: StepClock) => Math.ceil(at.left(remainingMs) / 1000), [remainingMs])
  const show = useCallback(
    (timer: HTMLDivElement, seconds: number) => {
      const left = seconds * 1000
      timer.setAttribute(
        'aria-label',
        t('{{duration}} left in this step', { duration: describeDuration(left, t, language) }),
      )
      timer.firstChild!.textContent = formatClock(left)
    },
    [t, language],
  )
  const timer = useCountedDom(clock, secondsLeft, show)
  return (
    <div ref={timer} className="ring-label" role="timer">
      <span className="ring-time" aria-hidden="true" />
      <span className="ring-caption" aria-hidden="true">
        {caption}
      </span>
    </div>
  )
}

/** The big ring: the arc shrinks as the step runs out, and the time is written in the middle. */
export const CountdownRing = memo(function CountdownRing({
  clock,
  remainingMs,
  durationMs,
  caption,
}: {
  clock: StepClock
  remainingMs: number
  durationMs: number
  caption: string
}) {
  return (
    <div className="countdown-ring">
      <svg className="ring-track" viewBox="0 0 128 128" aria-hidden="true">
        <circle cx="64" cy="64" r="54" />
      </svg>
      <RingArc clock={clock} remainingMs={remainingMs} durationMs={durationMs} />
      <RingTime clock={clock} remainingMs={remainingMs} caption={caption} />
    </div>
  )
})
