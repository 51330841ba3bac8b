import { useTranslation } from 'react-i18next'
import { msg } from '../../../../shared/i18n'
import type { ReminderView } from '../../../../shared/reminders'

export function TodaySummary({ today, skipsInARow }: { today: ReminderView['today']; skipsInARow: number | null }) {
  const { t } = useTranslation()
  const minutes = (count: number): string => t('{{minutes}} min', { minutes: count })
  const rows: Array<[string, string]> = [
    [msg('Breaks taken'), String(today.taken)],
    [msg('Natural breaks (time away)'), String(today.natural)],
    [msg('Skipped'), String(today.skipped)],
    [msg('Snoozed'), String(today.snoozed)],
    [msg('Time sitting'), minutes(today.activeMinutes)],
    [msg('Longest stretch without a break'), minutes(today.longestStretchMinutes)],
  ]
  return (
    <section className="today-summary" aria-labelledby="today-summary-title">
      <h2 id="today-summary-title">{t('Today so far')}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {skipsInARow !== null && (
        <p className="today-skip-message">
          {t(
            'You have skipped {{count}} stretch breaks in a row. That is your call; a short one now may keep a spasm away.',
            { count: skipsInARow },
          )}
        </p>
      )}
    </section>
  )
}
