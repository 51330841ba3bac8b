import { memo, useCallback, useLayoutEffect, useRef, type CSSProperties } from 'react'
import { useTranslate } from '../../i18n/useTranslate'
import { describeDuration, formatClock } from '../../format'
import { useCountedDom, type StepClock } from './stepClock'
import { useReducedMotion } from './useReducedMotion'

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
 * The arc left of the step: from 12 o'clock clockwise, `remainingMs / durationMs` of the ring. Drawn by CSS
 * animations on `transform` as long as the step (routines.css), so the compositor turns it and a second costs
 * the page nothing. A negative delay puts them at the count, worked out from the snapshot's timestamps each time a
 * snapshot arrives (a new element, so new animations). Paused, or with reduced motion, they stand still at the
 * count's whole second and are moved once a second.
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
  const reduced = useReducedMotion()
  const moving = clock.running && !reduced
  const arc = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const element = arc.current
    if (!element) return
    const place = (left: number): void =>
      element.style.setProperty('--ring-delay', `${Math.min(0, left - durationMs)}ms`)
    if (moving) {
      place(clock.left(remainingMs, Date.now()))
      return
    }
    const still = (): void => place(Math.min(remainingMs, Math.ceil(clock.left(remainingMs) / 1000) * 1000))
    still()
    return clock.subscribe(still)
  }, [clock, moving, remainingMs, durationMs])
  const style = {
    '--ring-duration': `${Math.max(0, durationMs)}ms`,
    '--ring-state': moving ? 'running' : 'paused',
  } as CSSProperties
  return (
    <div key={`${clock.at}:${moving}`} ref={arc} className="ring-arcs" style={style} aria-hidden="true">
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
