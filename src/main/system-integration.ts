import { app, globalShortcut } from 'electron'
import type { Settings } from '../shared/settings'

/** Asks the OS to start Unknot at login, only when the setting differs from what the OS has. */
export function applyStartAtLogin(enabled: boolean): void {
  if (app.getLoginItemSettings().openAtLogin !== enabled) app.setLoginItemSettings({ openAtLogin: enabled })
}

/**
 * The global "start a stretch" shortcut. Returns a sentence when the shortcut cannot be had (another app holds
 * it), so the person can pick another one.
 */
export class StretchShortcut {
  private registered: string | undefined

  constructor(private readonly onPress: () => void) {}

  apply(system: Settings['system']): string | undefined {
    const wanted = system.stretchShortcutEnabled ? system.stretchShortcut : undefined
    if (wanted === this.registered) return undefined
    if (this.registered) globalShortcut.unregister(this.registered)
    this.registered = undefined
    if (!wanted) return undefined
    if (!globalShortcut.register(wanted, this.onPress)) {
      return `The shortcut ${wanted} is already used by another program; choose another one in Settings.`
    }
    this.registered = wanted
    return undefined
  }

  dispose(): void {
    if (this.registered) globalShortcut.unregister(this.registered)
    this.registered = undefined
  }
}
