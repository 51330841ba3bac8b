import type { SnoozeMinutes } from '../../../../shared/reminders'
import { useTranslate } from '../../i18n/useTranslate'

/** A Snooze button for each of the person's snooze lengths, shortest first. */
export function SnoozeButtons({
  lengths,
  snooze,
}: {
  lengths: readonly SnoozeMinutes[]
  snooze: (minutes: SnoozeMinutes) => void
}) {
  const { t } = useTranslate()
  return lengths.map((minutes) => (
    <button key={minutes} type="button" onClick={() => snooze(minutes)}>
      {t('Snooze {{minutes}} min', { minutes })}
    </button>
  ))
}
