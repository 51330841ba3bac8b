import { useTranslation } from 'react-i18next'
import type { ProgressSettings as Progress } from '../../../../shared/progress'
import { NumberField, SettingsGroup } from './fields'
import type { SettingsSaver } from './useSettingsSaver'

/** The streak on Today: how many breaks make a working day count. */
export function ProgressSettings({ progress, saver }: { progress: Progress; saver: SettingsSaver }) {
  const { t } = useTranslation()
  return (
    <SettingsGroup title={t('Progress')}>
      <NumberField
        label={t('Breaks a working day for the streak')}
        path="progress.dailyBreakGoal"
        saver={saver}
        value={progress.dailyBreakGoal}
        unit={t('breaks')}
        min={1}
        max={20}
      />
    </SettingsGroup>
  )
}
