import { useTranslate } from '../../i18n/useTranslate'
import { formatClock } from '../../format'
import { describeDuration } from '../../format'

const RADIUS = 54
const CIRCUMFERENCE = 2 * Math.PI * RADIUS

/** The big ring: the arc shrinks as the step runs out, and the time is written in the middle (never colour alone). */
export function CountdownRing({
  remainingMs,
  durationMs,
  caption,
}: {
  remainingMs: number
  durationMs: number
  caption: string
}) {
  const { t, language } = useTranslate()
  const fraction = durationMs > 0 ? Math.min(1, Math.max(0, remainingMs / durationMs)) : 0
  return (
    <div
      className="countdown-ring"
      role="timer"
      aria-label={t('{{duration}} left in this step', { duration: describeDuration(remainingMs, t, language) })}
    >
      <svg viewBox="0 0 128 128" aria-hidden="true">
        <circle className="ring-track" cx="64" cy="64" r={RADIUS} />
        <circle
          className="ring-arc"
          cx="64"
          cy="64"
          r={RADIUS}
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - fraction)}
          transform="rotate(-90 64 64)"
        />
        <text className="ring-time" x="64" y="66" textAnchor="middle" dominantBaseline="middle">
          {formatClock(remainingMs)}
        </text>
        <text className="ring-caption" x="64" y="90" textAnchor="middle">
          {caption}
        </text>
      </svg>
    </div>
  )
}
