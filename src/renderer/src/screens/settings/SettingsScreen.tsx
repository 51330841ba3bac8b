import type { HostView } from '../../../../shared/contract'
import { LOCALE_NAMES, LOCALES } from '../../../../shared/i18n'
import type { Settings } from '../../../../shared/settings'
import { HostSettings } from './HostSettings'
import { ReminderSettings } from './ReminderSettings'
import { useDispatch } from '../../state/host-context'
import { NumberField, SelectField, SettingsGroup, ToggleField } from './fields'
import { useSettingsSaver } from './useSettingsSaver'

const THEMES = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const

const LANGUAGES = [
  { value: 'system', label: 'Follow the system' },
  ...LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] })),
] as const

export function SettingsScreen({ settings, host }: { settings: Settings; host: HostView }) {
  const saver = useSettingsSaver()
  const dispatch = useDispatch()
  return (
    <div className="settings">
      <ReminderSettings settings={settings.reminders} saver={saver} />
      <SettingsGroup title="Sound">
        <ToggleField label="Soft chimes" path="sound.chimes" saver={saver} checked={settings.sound.chimes} />
        <ToggleField label="Spoken cues" path="sound.spokenCues" saver={saver} checked={settings.sound.spokenCues} />
        <NumberField
          label="Volume"
          path="sound.volume"
          saver={saver}
          value={settings.sound.volume}
          unit="%"
          min={0}
          max={100}
          toStored={(percent) => percent / 100}
          fromStored={(fraction) => Math.round(fraction * 100)}
        />
      </SettingsGroup>
      <SettingsGroup title="Appearance">
        <SelectField
          label="Theme"
          path="appearance.theme"
          saver={saver}
          value={settings.appearance.theme}
          options={THEMES}
        />
        <SelectField
          label="Language"
          path="appearance.language"
          saver={saver}
          value={settings.appearance.language}
          options={LANGUAGES}
        />
      </SettingsGroup>
      <HostSettings settings={settings} host={host} saver={saver} />
      <div className="settings-footer">
        <p role="status" className="save-status">
          {saver.status}
        </p>
        <button type="button" onClick={() => void dispatch({ type: 'resetSettings' })}>
          Restore defaults
        </button>
      </div>
    </div>
  )
}
