import { useTranslation } from 'react-i18next'
import type { HostView } from '../../../../shared/contract/contract'
import { LOCALE_NAMES, LOCALES, msg } from '../../../../shared/i18n'
import type { Settings } from '../../../../shared/settings'
import { CalendarSettings } from './CalendarSettings'
import { CameraSettings } from '../../posture/CameraSettings'
import { DesktopCheck } from './DesktopCheck'
import { HostSettings } from './HostSettings'
import { RunSetupAgain } from '../setup/RunSetupAgain'
import { ProgressSettings } from './ProgressSettings'
import { ReminderSettings } from './ReminderSettings'
import { useDispatch } from '../../state/host-context'
import { NumberField, SelectField, SettingsGroup, ToggleField } from './fields'
import { useSettingsSaver } from './useSettingsSaver'

const THEMES = [
  { value: 'system', label: msg('Follow the system') },
  { value: 'light', label: msg('Light') },
  { value: 'dark', label: msg('Dark') },
] as const

// Each language keeps its own name (never translated), so anyone can find theirs.
const LOCALE_OPTIONS = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))

export function SettingsScreen({ settings, host, timeZone }: { settings: Settings; host: HostView; timeZone: string }) {
  const saver = useSettingsSaver()
  const dispatch = useDispatch()
  const { t } = useTranslation()
  const themes = THEMES.map((option) => ({ value: option.value, label: t(option.label) }))
  const languages = [{ value: 'system' as const, label: t('Follow the system') }, ...LOCALE_OPTIONS]
  return (
    <div className="settings">
      <ReminderSettings settings={settings.reminders} saver={saver} />
      <ProgressSettings progress={settings.progress} saver={saver} />
      <SettingsGroup title={t('Sound')}>
        <ToggleField label={t('Soft chimes')} path="sound.chimes" saver={saver} checked={settings.sound.chimes} />
        <ToggleField
          label={t('Spoken cues')}
          path="sound.spokenCues"
          saver={saver}
          checked={settings.sound.spokenCues}
        />
        <NumberField
          label={t('Volume')}
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
      <SettingsGroup title={t('Appearance')}>
        <SelectField
          label={t('Theme')}
          path="appearance.theme"
          saver={saver}
          value={settings.appearance.theme}
          options={themes}
        />
        <SelectField
          label={t('Language')}
          path="appearance.language"
          saver={saver}
          value={settings.appearance.language}
          options={languages}
        />
      </SettingsGroup>
      <HostSettings settings={settings} host={host} saver={saver} />
      <DesktopCheck kept={settings.desktopCheck} />
      <CameraSettings settings={settings.posture} saver={saver} />
      <CalendarSettings calendar={settings.calendar} statuses={host.calendarFeeds} timeZone={timeZone} saver={saver} />
      <div className="settings-footer">
        <p role="status" className="save-status">
          {saver.status && t(saver.status)}
        </p>
        <RunSetupAgain />
        <button type="button" onClick={() => void dispatch({ type: 'resetSettings' })}>
          {t('Restore defaults')}
        </button>
      </div>
    </div>
  )
}
