import { useTranslate } from '../../i18n/useTranslate'
import type { TherapyKind } from '../../../../shared/therapy'

const RADIUS = 54
const CIRCUMFERENCE = 2 * Math.PI * RADIUS

/** How much of the session has passed, as a ring in the pack's colour; the numbers are given to assistive tech. */
export function ProgressRing({ kind, fraction, label }: { kind: TherapyKind; fraction: number; label: string }) {
  const { t } = useTranslate()
  const done = Math.min(1, Math.max(0, fraction))
  const percent = Math.round(done * 100)
  return (
    <div
      className={`progress-ring kind-${kind}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={t('{{percent}}% of the session done', { percent })}
    >
      <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle className="ring-track" cx="60" cy="60" r={RADIUS} />
        <circle
          className="ring-fill"
          cx="60"
          cy="60"
          r={RADIUS}
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - done)}
        />
      </svg>
    </div>
  )
}
