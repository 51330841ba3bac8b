import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { SNOOZE_LENGTHS, snoozeLengthsInOrder, type SnoozeMinutes } from '../../../../shared/reminders'
import { FieldError } from './fields'
import { patchAt, type SettingsSaver } from './useSettingsSaver'

const PATH = 'reminders.snoozeOptions'

/**
 * Which snooze lengths the break prompt and the tray offer. Unticking the last one is refused by the core, and its
 * message shows under the boxes (which keep showing what is saved).
 */
export function SnoozeLengthSettings({ chosen, saver }: { chosen: readonly SnoozeMinutes[]; saver: SettingsSaver }) {
  const { t } = useTranslation()
  const errorId = useId()
  const error = saver.errors[PATH]
  const choose = (minutes: SnoozeMinutes, on: boolean): void => {
    const lengths = on ? [...chosen, minutes] : chosen.filter((other) => other !== minutes)
    void saver.save(patchAt(PATH, snoozeLengthsInOrder([...new Set(lengths)])))
  }
  return (
    <>
      <fieldset className="snooze-lengths" aria-describedby={error ? errorId : undefined}>
        <legend>{t('Snooze lengths offered')}</legend>
        {SNOOZE_LENGTHS.map((minutes) => (
          <label key={minutes}>
            <input
              type="checkbox"
              checked={chosen.includes(minutes)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => choose(minutes, event.target.checked)}
            />
            {t('{{minutes}} minutes', { minutes })}
          </label>
        ))}
      </fieldset>
      <FieldError id={errorId} message={error} />
    </>
  )
}
