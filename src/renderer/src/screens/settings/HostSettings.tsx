import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HostView } from '../../../../shared/contract/contract'
import { msg } from '../../../../shared/i18n'
import type { Settings } from '../../../../shared/settings'
import type { BrowserPermissions } from '../../host/types'
import { useHost } from '../../state/host-context'
import { SettingsGroup, TextField, ToggleField } from './fields'
import type { SettingsSaver } from './useSettingsSaver'

const IDLE_SOURCE_TEXT: Record<HostView['idleSource']['kind'], string> = {
  system: msg('Unknot reads how long the whole computer has been idle, so time away from the desk counts as a break.'),
  'idle-detection': msg('Unknot uses your browser’s idle detection, so time away from the computer counts as a break.'),
  'page-activity': msg(
    'Unknot can only see activity in this page. Time in other windows counts as work, and a break counts only when this page sits untouched.',
  ),
}

export function HostSettings({ settings, host, saver }: { settings: Settings; host: HostView; saver: SettingsSaver }) {
  const { t } = useTranslation()
  const { kind, browser } = useHost()
  return (
    <>
      <SettingsGroup title={t('Breaks noticed while you are away')}>
        <p className="setting-note">{t(IDLE_SOURCE_TEXT[host.idleSource.kind])}</p>
        {host.idleSource.stuck && (
          <p className="setting-warning" role="alert">
            {t(
              'Your system has reported no idle time at all for over an hour, so Unknot cannot notice when you step away. This happens on some Linux desktops (Wayland). Take breaks from the Today screen, or sign in to an X11 session or enable your desktop’s idle-time service if it has one.',
            )}
          </p>
        )}
        {browser && <BrowserPermissionControls browser={browser} idleKind={host.idleSource.kind} />}
      </SettingsGroup>
      {kind === 'electron' ? (
        <SettingsGroup title={t('Desktop')}>
          <ToggleField
            label={t('Start Unknot when I log in')}
            path="system.startAtLogin"
            saver={saver}
            checked={settings.system.startAtLogin}
          />
          <ToggleField
            label={t('Global shortcut to start a stretch')}
            path="system.stretchShortcutEnabled"
            saver={saver}
            checked={settings.system.stretchShortcutEnabled}
          />
          <TextField
            label={t('Shortcut')}
            path="system.stretchShortcut"
            saver={saver}
            value={settings.system.stretchShortcut}
            hint={t('For example CommandOrControl+Alt+S')}
          />
        </SettingsGroup>
      ) : (
        <p className="setting-note">{t('Starting at login and a global shortcut are available in the desktop app.')}</p>
      )}
    </>
  )
}

function BrowserPermissionControls({
  browser,
  idleKind,
}: {
  browser: BrowserPermissions
  idleKind: HostView['idleSource']['kind']
}) {
  const { t } = useTranslation()
  const [permission, setPermission] = useState(browser.notificationPermission())
  const [idleMessage, setIdleMessage] = useState('')
  return (
    <div className="permission-controls">
      {permission === 'granted' ? (
        <p className="setting-note">{t('Notifications are allowed.')}</p>
      ) : permission === 'unsupported' ? (
        <p className="setting-note">{t('This browser cannot show notifications; reminders appear in this page.')}</p>
      ) : (
        <button type="button" onClick={() => void browser.requestNotifications().then(setPermission)}>
          {permission === 'denied' ? t('Notifications are blocked: ask again') : t('Allow notifications')}
        </button>
      )}
      {browser.idleDetectionAvailable && idleKind !== 'idle-detection' && (
        <button
          type="button"
          onClick={() =>
            void browser
              .requestIdleDetection()
              .then((granted) =>
                setIdleMessage(granted ? '' : msg('Idle detection was not allowed; activity in this page is used.')),
              )
          }
        >
          {t('Notice when I step away from the computer')}
        </button>
      )}
      {idleMessage && <p role="status">{t(idleMessage)}</p>}
    </div>
  )
}
