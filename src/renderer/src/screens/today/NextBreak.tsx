import { useEffect, useRef } from 'react'
import type { ReminderView } from '../../../../shared/reminders'
import { describeDuration, formatClock } from '../../format'
import { useCountdown } from '../../state/useNow'
import { NEXT_KIND, statusText } from './labels'
import { useTranslate } from '../../i18n/useTranslate'

type Next = NonNullable<ReminderView['next']>

/** The large countdown to the next break by sitting; it only moves while sitting counts. */
export function NextBreak({
  view,
  at,
  timeZone,
  takeFocus,
}: {
  view: ReminderView
  at: number
  timeZone: string
  takeFocus: boolean
}) {
  const { t, language } = useTranslate()
  const heading = useRef<HTMLHeadingElement>(null)
  const focusOnMount = useRef(takeFocus)
  useEffect(() => {
    // Only when the focus was lost with the prompt's buttons, never taken from somewhere the person put it.
    const lost = document.activeElement === null || document.activeElement === document.body
    if (focusOnMount.current && lost) heading.current?.focus()
  }, [])
  return (
    <section className="next-break" aria-labelledby="next-break-title">
      <h2 id="next-break-title" ref={heading} tabIndex={-1}>
        {t('Next break in')}
      </h2>
      {view.next ? (
        <Countdown next={view.next} at={at} running={view.counting} />
      ) : (
        <p className="next-break-none">{t('No reminders are switched on. Choose them in Settings.')}</p>
      )}
      <p className="today-status" role="status">
        {statusText(view, at, timeZone, t, language)}
      </p>
    </section>
  )
}

function Countdown({ next, at, running }: { next: Next; at: number; running: boolean }) {
  const { t, language } = useTranslate()
  const remaining = useCountdown(next.msUntilDue, at, running)
  const kind = NEXT_KIND[next.kind]
  return (
    <>
      <p
        className="next-break-clock"
        role="timer"
        aria-label={t('{{duration}} of sitting', {
          duration: describeDuration(remaining, t, language),
        })}
      >
        {formatClock(remaining)}
      </p>
      <p className="next-break-kind">{t(running ? kind.counting : kind.waiting)}</p>
    </>
  )
}
