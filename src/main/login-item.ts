import { app } from 'electron'

/** Asks the OS to start Unknot at login, only when the setting differs from what the OS has. */
export function applyStartAtLogin(enabled: boolean): void {
  if (app.getLoginItemSettings().openAtLogin !== enabled) app.setLoginItemSettings({ openAtLogin: enabled })
}
