import type { DetectorHealth, DetectorName, HostView } from '../../../../shared/contract/contract'
import { msg } from '../../../../shared/i18n'
import { translateMessage } from '../../../../shared/kernel/message'
import type { ReminderSettings as Settings } from '../../../../shared/reminders'
import { useTranslate } from '../../i18n/useTranslate'
import { useHost, useSnapshot } from '../../state/host-context'
import { NumberField, SettingsGroup } from './fields'
import type { SettingsSaver } from './useSettingsSaver'

const DETECTOR_TEXT: Record<DetectorName, Record<DetectorHealth['status'], string>> = {
  calls: {
    ok: msg('Calls: Unknot notices when another program uses the camera or microphone.'),
    unknown: msg('Calls: Unknot cannot tell on this system when a call is on. Use “I’m in a meeting” instead.'),
    error: msg('Calls: the camera and microphone check failed, so calls are not noticed. Use “I’m in a meeting”.'),
  },
  calendar: {
    ok: msg('Calendar: meetings in your calendar hold your breaks.'),
    unknown: msg('Calendar: not read yet.'),
    error: msg('Calendar: your calendar could not be read; nothing else changed.'),
  },
  presenting: {
    ok: msg('Presenting: Unknot notices a fullscreen window in front and holds your breaks.'),
    unknown: msg('Presenting: Unknot cannot tell on this system when you present.'),
    error: msg('Presenting: the fullscreen check failed, so presenting is not noticed.'),
  },
}

/** What counts as sitting and away, and what Unknot can see of calls, meetings and presenting. */
export function SittingSettings({ settings, saver }: { settings: Settings; saver: SettingsSaver }) {
  const { t } = useTranslate()
  const { kind } = useHost()
  const detectors: HostView['detectors'] = useSnapshot()?.host.detectors ?? {}
  const names = Object.keys(detectors) as DetectorName[]
  return (
    <SettingsGroup title={t('Sitting and away')}>
      <NumberField
        label={t('Count me as away after … minutes of no input')}
        path="reminders.awayAfterMinutes"
        saver={saver}
        value={settings.awayAfterMinutes}
        unit={t('min')}
        min={2}
        max={15}
      />
      <p className="setting-note">
        {t(
          'Shorter pauses (reading, thinking, listening) still count as sitting; a longer one is time away, and a break if it lasts as long as the break.',
        )}
      </p>
      <NumberField
        label={t('Tell me quietly when a call runs past')}
        path="reminders.longCallMinutes"
        saver={saver}
        value={settings.longCallMinutes}
        unit={t('min')}
        min={30}
        max={240}
      />
      {kind === 'browser' ? (
        <p className="setting-note">
          {t(
            'The web companion cannot see calls or other windows; tell it when you are in a meeting with “I’m in a meeting”.',
          )}
        </p>
      ) : (
        <ul className="setting-note" aria-label={t('What Unknot can see')}>
          {names.map((name) => {
            const health = detectors[name]!
            return (
              <li key={name}>
                {t(DETECTOR_TEXT[name][health.status])}
                {health.fetchedAtWall
                  ? ` ${t('Last read {{time}}.', { time: new Date(health.fetchedAtWall).toLocaleString() })}`
                  : ''}
                {health.reason && <div className="detector-reason">{translateMessage(t, health.reason)}</div>}
              </li>
            )
          })}
        </ul>
      )}
    </SettingsGroup>
  )
}
