import { useTranslation } from 'react-i18next'
import { msg } from '../../../../shared/i18n'
import type { BreakMode, ReminderSettings as Settings } from '../../../../shared/reminders'
import { NumberField, SelectField, SettingsGroup } from './fields'
import type { SettingsSaver } from './useSettingsSaver'

const MODE_OPTIONS: ReadonlyArray<{ value: BreakMode; label: string }> = [
  { value: 'gentle', label: msg('Gentle: a notification and the prompt') },
  { value: 'firm', label: msg('Firm: a break screen on every display, with Snooze and Skip') },
  { value: 'strict', label: msg('Strict: a break screen without Snooze or Skip') },
]

const KINDS = [
  { kind: 'stretch', label: msg('Stretch breaks') },
  { kind: 'micro', label: msg('Micro-breaks') },
  { kind: 'water', label: msg('Water breaks') },
] as const

/** How each kind of break asks for the screen, and the strict breaks' daily early exits. */
export function BreakModeSettings({ settings, saver }: { settings: Settings; saver: SettingsSaver }) {
  const { t } = useTranslation()
  const options = MODE_OPTIONS.map((option) => ({ value: option.value, label: t(option.label) }))
  return (
    <SettingsGroup title={t('How breaks ask for your screen')}>
      {KINDS.map(({ kind, label }) => (
        <SelectField
          key={kind}
          label={t(label)}
          path={`reminders.${kind}.mode`}
          saver={saver}
          value={settings[kind].mode}
          options={options}
        />
      ))}
      <NumberField
        label={t('Early exits from a strict break')}
        path="reminders.strictExitsPerDay"
        saver={saver}
        value={settings.strictExitsPerDay}
        unit={t('a day')}
        min={0}
        max={5}
      />
      <p className="reminder-sources">
        {t('Calls, meetings and presentations hold every break, strict ones too: a break screen never covers a call.')}
      </p>
    </SettingsGroup>
  )
}
