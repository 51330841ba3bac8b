import { useState } from 'react'
import type { HostView } from '../../../../shared/contract'
import type { Settings } from '../../../../shared/settings'
import type { BrowserPermissions } from '../../host/types'
import { useHost } from '../../state/host-context'
import { SettingsGroup, TextField, ToggleField } from './fields'
import type { SettingsSaver } from './useSettingsSaver'

const IDLE_SOURCE_TEXT: Record<HostView['idleSource']['kind'], string> = {
  system: 'Unknot reads how long the whole computer has been idle, so time away from the desk counts as a break.',
  'idle-detection': 'Unknot uses your browser’s idle detection, so time away from the computer counts as a break.',
  'page-activity':
    'Unknot can only see activity in this page. Time in other windows counts as work, and a break counts only when this page sits untouched.',
}

export function HostSettings({ settings, host, saver }: { settings: Settings; host: HostView; saver: SettingsSaver }) {
  const { kind, browser } = useHost()
  return (
    <>
      <SettingsGroup title="Breaks noticed while you are away">
        <p className="setting-note">{IDLE_SOURCE_TEXT[host.idleSource.kind]}</p>
        {host.idleSource.stuck && (
          <p className="setting-warning" role="alert">
            Your system has reported no idle time at all for over an hour, so Unknot cannot notice when you step away.
            This happens on some Linux desktops (Wayland). Take breaks from the Today screen, or sign in to an X11
            session or enable your desktop’s idle-time service if it has one.
          </p>
        )}
        {browser && <BrowserPermissionControls browser={browser} idleKind={host.idleSource.kind} />}
      </SettingsGroup>
      {kind === 'electron' ? (
        <SettingsGroup title="Desktop">
          <ToggleField
            label="Start Unknot when I log in"
            path="system.startAtLogin"
            saver={saver}
            checked={settings.system.startAtLogin}
          />
          <ToggleField
            label="Global shortcut to start a stretch"
            path="system.stretchShortcutEnabled"
            saver={saver}
            checked={settings.system.stretchShortcutEnabled}
          />
          <TextField
            label="Shortcut"
            path="system.stretchShortcut"
            saver={saver}
            value={settings.system.stretchShortcut}
            hint="For example CommandOrControl+Alt+S"
          />
        </SettingsGroup>
      ) : (
        <p className="setting-note">Starting at login and a global shortcut are available in the desktop app.</p>
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
  const [permission, setPermission] = useState(browser.notificationPermission())
  const [idleMessage, setIdleMessage] = useState('')
  return (
    <div className="permission-controls">
      {permission === 'granted' ? (
        <p className="setting-note">Notifications are allowed.</p>
      ) : permission === 'unsupported' ? (
        <p className="setting-note">This browser cannot show notifications; reminders appear in this page.</p>
      ) : (
        <button type="button" onClick={() => void browser.requestNotifications().then(setPermission)}>
          {permission === 'denied' ? 'Notifications are blocked: ask again' : 'Allow notifications'}
        </button>
      )}
      {browser.idleDetectionAvailable && idleKind !== 'idle-detection' && (
        <button
          type="button"
          onClick={() =>
            void browser
              .requestIdleDetection()
              .then((granted) =>
                setIdleMessage(granted ? '' : 'Idle detection was not allowed; activity in this page is used.'),
              )
          }
        >
          Notice when I step away from the computer
        </button>
      )}
      {idleMessage && <p role="status">{idleMessage}</p>}
    </div>
  )
}
