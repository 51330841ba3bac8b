import { useTranslation } from 'react-i18next'
import { msg } from '../../../../shared/i18n'
import { reminderDefaultSources, type ReminderSettings as Settings } from '../../../../shared/reminders'
import { FieldError, NumberField, SelectField, SettingsGroup, TextField, ToggleField } from './fields'
import { BreakModeSettings } from './BreakModeSettings'
import { SittingSettings } from './SittingSettings'
import { SnoozeLengthSettings } from './SnoozeLengthSettings'
import { patchAt, type SettingsSaver } from './useSettingsSaver'
import { SourceLinks } from '../SourceLinks'
import './reminder-settings.css'

/** Monday first, as most working weeks are written; the core numbers days 0 = Sunday … 6 = Saturday. */
export const DAYS = [
  { day: 1, label: msg('Monday') },
  { day: 2, label: msg('Tuesday') },
  { day: 3, label: msg('Wednesday') },
  { day: 4, label: msg('Thursday') },
  { day: 5, label: msg('Friday') },
  { day: 6, label: msg('Saturday') },
  { day: 0, label: msg('Sunday') },
] as const

const SLEEP_OPTIONS = [
  {
    value: 'pause-and-count-as-break',
    label: msg('Stop counting, and count the time away as a break if it was long enough'),
  },
  { value: 'pause', label: msg('Stop counting, but never count it as a break') },
  { value: 'keep-counting', label: msg('Keep counting as if I were still working') },
] as const

const minutesFromSeconds = (seconds: number): number => Math.round((seconds / 60) * 10) / 10
const secondsFromMinutes = (minutes: number): number => Math.round(minutes * 60)

function Sources({ children }: { children: string }) {
  return <p className="reminder-sources">{children}</p>
}

export function ReminderSettings({ settings, saver }: { settings: Settings; saver: SettingsSaver }) {
  const { stretch, micro, water, workingHours } = settings
  const { t } = useTranslation()
  const hoursError = saver.errors['reminders.workingHours']
  const sleepOptions = SLEEP_OPTIONS.map((option) => ({ value: option.value, label: t(option.label) }))
  return (
    <>
      <SettingsGroup title={t('Stretch breaks')}>
        <ToggleField
          label={t('Remind me to stand up and stretch')}
          path="reminders.stretch.enabled"
          saver={saver}
          checked={stretch.enabled}
        />
        <NumberField
          label={t('Every (minutes of sitting)')}
          path="reminders.stretch.everyMinutes"
          saver={saver}
          value={stretch.everyMinutes}
          unit={t('min')}
          min={10}
          max={120}
        />
        <NumberField
          label={t('Stretch break length')}
          path="reminders.stretch.breakSeconds"
          saver={saver}
          value={stretch.breakSeconds}
          unit={t('min')}
          min={1}
          max={15}
          step={0.5}
          toStored={secondsFromMinutes}
          fromStored={minutesFromSeconds}
        />
        <Sources>
          {t(
            'A break every 30 minutes of sitting comes from the sources below; the 3-minute length is Unknot’s own choice.',
          )}
        </Sources>
        <SourceLinks ids={reminderDefaultSources.stretch} />
      </SettingsGroup>
      <SettingsGroup title={t('Micro-breaks (posture and eyes)')}>
        <ToggleField
          label={t('Remind me to look away and sit tall')}
          path="reminders.micro.enabled"
          saver={saver}
          checked={micro.enabled}
        />
        <NumberField
          label={t('Micro-break every')}
          path="reminders.micro.everyMinutes"
          saver={saver}
          value={micro.everyMinutes}
          unit={t('min')}
          min={5}
          max={60}
        />
        <NumberField
          label={t('Micro-break length')}
          path="reminders.micro.breakSeconds"
          saver={saver}
          value={micro.breakSeconds}
          unit={t('s')}
          min={10}
          max={120}
        />
        <Sources>
          {t(
            'Looking 20 feet away for 20 seconds (the 20-20-20 rule) comes from the source below; the 10-minute interval is Unknot’s own choice.',
          )}
        </Sources>
        <SourceLinks ids={reminderDefaultSources.micro} />
      </SettingsGroup>
      <SettingsGroup title={t('Water')}>
        <ToggleField
          label={t('Remind me to drink water')}
          path="reminders.water.enabled"
          saver={saver}
          checked={water.enabled}
        />
        <NumberField
          label={t('Water reminder every')}
          path="reminders.water.everyMinutes"
          saver={saver}
          value={water.everyMinutes}
          unit={t('min')}
          min={15}
          max={240}
        />
        <Sources>
          {t(
            'A reminder only if you want one. No source gives a water interval: 60 minutes is Unknot’s own default, not advice to drink more.',
          )}
        </Sources>
      </SettingsGroup>
      <BreakModeSettings settings={settings} saver={saver} />
      <SettingsGroup title={t('Snoozing and skipping')}>
        <SnoozeLengthSettings chosen={settings.snoozeOptions} saver={saver} />
        <NumberField
          label={t('Snoozes allowed in a row')}
          path="reminders.maxSnoozesInARow"
          saver={saver}
          value={settings.maxSnoozesInARow}
          unit={t('times')}
          min={1}
          max={10}
        />
        <NumberField
          label={t('Mention skipped breaks after')}
          path="reminders.skipWarningThreshold"
          saver={saver}
          value={settings.skipWarningThreshold}
          unit={t('in a row')}
          min={1}
          max={20}
        />
      </SettingsGroup>
      <SettingsGroup title={t('Working hours')}>
        <fieldset className="working-days">
          <legend>{t('Working days')}</legend>
          {DAYS.map(({ day, label }) => (
            <label key={day}>
              <input
                type="checkbox"
                checked={workingHours.days.includes(day)}
                onChange={(event) => {
                  const days = event.target.checked
                    ? [...workingHours.days, day]
                    : workingHours.days.filter((other) => other !== day)
                  void saver.save(
                    patchAt(
                      'reminders.workingHours.days',
                      [...new Set(days)].sort((a, b) => a - b),
                    ),
                  )
                }}
              />
              {t(label)}
            </label>
          ))}
        </fieldset>
        <FieldError message={saver.errors['reminders.workingHours.days']} />
        <div className="working-times">
          <TextField
            label={t('Start time')}
            path="reminders.workingHours.start"
            saver={saver}
            value={workingHours.start}
            hint={t('24-hour clock, such as 09:00')}
          />
          <TextField
            label={t('End time')}
            path="reminders.workingHours.end"
            saver={saver}
            value={workingHours.end}
            hint={t('24-hour clock, such as 18:00')}
          />
        </div>
        <FieldError message={hoursError} />
        <ToggleField
          label={t('Remind me outside working hours')}
          path="reminders.workingHours.remindOutside"
          saver={saver}
          checked={workingHours.remindOutside}
        />
      </SettingsGroup>
      <SittingSettings settings={settings} saver={saver} />
      <SettingsGroup title={t('Sleep and lock')}>
        <div className="sleep-choice">
          <SelectField
            label={t('When the computer sleeps or locks')}
            path="reminders.onSleepOrLock"
            saver={saver}
            value={settings.onSleepOrLock}
            options={sleepOptions}
          />
        </div>
      </SettingsGroup>
    </>
  )
}
