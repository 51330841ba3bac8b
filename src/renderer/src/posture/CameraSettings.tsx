import { useTranslation } from 'react-i18next'
import type { PostureSettings } from '../../../shared/posture'
import { NumberField, SettingsGroup, ToggleField } from '../screens/settings/fields'
import type { SettingsSaver } from '../screens/settings/useSettingsSaver'
import { useSnapshot } from '../state/host-context'
import { useCommand } from '../state/useCommand'
import { calibrationText, nowText, PROBLEM_TEXT, VERDICT_TEXT } from './labels'

/** The camera's posture and presence: off until turned on here, with what it does and keeps said first. */
export function CameraSettings({ settings, saver }: { settings: PostureSettings; saver: SettingsSaver }) {
  const { t } = useTranslation()
  const view = useSnapshot()?.posture
  const { send, error } = useCommand()
  return (
    <SettingsGroup title={t('Camera: posture and presence')}>
      <p className="settings-hint">
        {t(
          'The camera’s pictures never leave this computer: Unknot keeps only a few numbers from each glance (whether a face is in view, where, and how large).',
        )}{' '}
        {t('While this is on, the camera light blinks at each glance, about every {{seconds}} seconds.', {
          seconds: settings.glanceSeconds,
        })}
      </p>
      <ToggleField
        label={t('Use the camera for posture and presence')}
        path="posture.enabled"
        saver={saver}
        checked={settings.enabled}
      />
      {settings.enabled && view && (
        <>
          <p role="status" className="posture-now">
            {t(nowText(view), { posture: view.verdict ? t(VERDICT_TEXT[view.verdict]) : '' })}
          </p>
          {view.problem && (
            <p role="alert" className="field-error">
              {t(PROBLEM_TEXT[view.problem])}
            </p>
          )}
          <p className="settings-hint">{t(calibrationText(view))}</p>
          <button type="button" onClick={() => void send({ type: 'calibratePosture' })}>
            {t('Sit as you want to sit, then calibrate')}
          </button>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <NumberField
            label={t('Dead zone (how far you may move before it counts)')}
            path="posture.deadZonePercent"
            saver={saver}
            value={settings.deadZonePercent}
            unit="%"
            min={5}
            max={40}
          />
          <NumberField
            label={t('At most one posture nudge every')}
            path="posture.nudgeEveryMinutes"
            saver={saver}
            value={settings.nudgeEveryMinutes}
            unit={t('min')}
            min={10}
            max={240}
          />
        </>
      )}
    </SettingsGroup>
  )
}
