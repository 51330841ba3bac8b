import type { ReminderView } from '../../../../shared/reminders'

function minutes(count: number): string {
  return `${count} min`
}

export function TodaySummary({ today, skipMessage }: { today: ReminderView['today']; skipMessage: string | null }) {
  const rows: Array<[string, string]> = [
    ['Breaks taken', String(today.taken)],
    ['Natural breaks (time away)', String(today.natural)],
    ['Skipped', String(today.skipped)],
    ['Snoozed', String(today.snoozed)],
    ['Active time', minutes(today.activeMinutes)],
    ['Longest stretch without a break', minutes(today.longestStretchMinutes)],
  ]
  return (
    <section className="today-summary" aria-labelledby="today-summary-title">
      <h2 id="today-summary-title">Today so far</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {skipMessage && <p className="today-skip-message">{skipMessage}</p>}
    </section>
  )
}
