import { reminderDefaultSources, type ReminderSettings as Settings } from '../../../../shared/reminders'
import { NumberField, SelectField, SettingsGroup, TextField, ToggleField } from './fields'
import { patchAt, type SettingsSaver } from './useSettingsSaver'
import './reminder-settings.css'

/** Monday first, as most working weeks are written; the core numbers days 0 = Sunday … 6 = Saturday. */
const DAYS = [
  { day: 1, label: 'Monday' },
  { day: 2, label: 'Tuesday' },
  { day: 3, label: 'Wednesday' },
  { day: 4, label: 'Thursday' },
  { day: 5, label: 'Friday' },
  { day: 6, label: 'Saturday' },
  { day: 0, label: 'Sunday' },
] as const

const SLEEP_OPTIONS = [
  {
    value: 'pause-and-count-as-break',
    label: 'Stop counting, and count the time away as a break if it was long enough',
  },
  { value: 'pause', label: 'Stop counting, but never count it as a break' },
  { value: 'keep-counting', label: 'Keep counting as if I were still working' },
] as const

const minutesFromSeconds = (seconds: number): number => Math.round((seconds / 60) * 10) / 10
const secondsFromMinutes = (minutes: number): number => Math.round(minutes * 60)

function Sources({ children }: { children: string }) {
  return <p className="reminder-sources">{children}</p>
}

export function ReminderSettings({ settings, saver }: { settings: Settings; saver: SettingsSaver }) {
  const { stretch, micro, water, workingHours } = settings
  const hoursError = saver.errors['reminders.workingHours']
  return (
    <>
      <SettingsGroup title="Stretch breaks">
        <ToggleField
          label="Remind me to stand up and stretch"
          path="reminders.stretch.enabled"
          saver={saver}
          checked={stretch.enabled}
        />
        <NumberField
          label="Every (minutes of active work)"
          path="reminders.stretch.everyMinutes"
          saver={saver}
          value={stretch.everyMinutes}
          unit="min"
          min={10}
          max={120}
        />
        <NumberField
          label="Stretch break length"
          path="reminders.stretch.breakSeconds"
          saver={saver}
          value={stretch.breakSeconds}
          unit="min"
          min={1}
          max={15}
          step={0.5}
          toStored={secondsFromMinutes}
          fromStored={minutesFromSeconds}
        />
        <Sources>
          {`A break every 30 minutes of sitting: ${reminderDefaultSources.stretch.join(', ')}. The 3-minute length is Unknot’s own choice.`}
        </Sources>
      </SettingsGroup>
      <SettingsGroup title="Micro-breaks (posture and eyes)">
        <ToggleField
          label="Remind me to look away and sit tall"
          path="reminders.micro.enabled"
          saver={saver}
          checked={micro.enabled}
        />
        <NumberField
          label="Micro-break every"
          path="reminders.micro.everyMinutes"
          saver={saver}
          value={micro.everyMinutes}
          unit="min"
          min={5}
          max={60}
        />
        <NumberField
          label="Micro-break length"
          path="reminders.micro.breakSeconds"
          saver={saver}
          value={micro.breakSeconds}
          unit="s"
          min={10}
          max={120}
        />
        <Sources>
          {`Looking 20 feet away for 20 seconds (the 20-20-20 rule): ${reminderDefaultSources.micro.join(', ')}. The 10-minute interval is Unknot’s own choice.`}
        </Sources>
      </SettingsGroup>
      <SettingsGroup title="Water">
        <ToggleField
          label="Remind me to drink water"
          path="reminders.water.enabled"
          saver={saver}
          checked={water.enabled}
        />
        <NumberField
          label="Water reminder every"
          path="reminders.water.everyMinutes"
          saver={saver}
          value={water.everyMinutes}
          unit="min"
          min={15}
          max={240}
        />
        <Sources>No source gives a water interval: 60 minutes is Unknot’s own default, not advice.</Sources>
      </SettingsGroup>
      <SettingsGroup title="Snoozing and skipping">
        <NumberField
          label="Snoozes allowed in a row"
          path="reminders.maxSnoozesInARow"
          saver={saver}
          value={settings.maxSnoozesInARow}
          unit="times"
          min={1}
          max={10}
        />
        <NumberField
          label="Mention skipped breaks after"
          path="reminders.skipWarningThreshold"
          saver={saver}
          value={settings.skipWarningThreshold}
          unit="in a row"
          min={1}
          max={20}
        />
      </SettingsGroup>
      <SettingsGroup title="Working hours">
        <fieldset className="working-days">
          <legend>Working days</legend>
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
              {label}
            </label>
          ))}
        </fieldset>
        {saver.errors['reminders.workingHours.days'] && (
          <p className="field-error">{saver.errors['reminders.workingHours.days']}</p>
        )}
        <div className="working-times">
          <TextField
            label="Start time"
            path="reminders.workingHours.start"
            saver={saver}
            value={workingHours.start}
            hint="24-hour clock, such as 09:00"
          />
          <TextField
            label="End time"
            path="reminders.workingHours.end"
            saver={saver}
            value={workingHours.end}
            hint="24-hour clock, such as 18:00"
          />
        </div>
        {hoursError && <p className="field-error">{hoursError}</p>}
        <ToggleField
          label="Remind me outside working hours"
          path="reminders.workingHours.remindOutside"
          saver={saver}
          checked={workingHours.remindOutside}
        />
      </SettingsGroup>
      <SettingsGroup title="Sleep and lock">
        <div className="sleep-choice">
          <SelectField
            label="When the computer sleeps or locks"
            path="reminders.onSleepOrLock"
            saver={saver}
            value={settings.onSleepOrLock}
            options={SLEEP_OPTIONS}
          />
        </div>
      </SettingsGroup>
    </>
  )
}
