import { alertFor } from '../shared/hosting/alerts'
import type { Companion } from '../shared/app/companion'
import type { Screen } from '../shared/contract/contract'
import type { Timers } from '../shared/kernel/time'
import { trayModelOf } from '../shared/hosting/tray-model'
import { WakeScheduler } from '../shared/kernel/wake-scheduler'
import type { HostLanguage } from './language'
import { createNotifier } from './notifications'
import { setupTray } from './tray'
import { trayAction, type TrayAction } from './tray-actions'

export interface TrayAndAlertsDeps {
  companion: Companion
  timers: Timers
  /** follows the language setting, so the tray and the next notifications speak the one the window speaks */
  language: HostLanguage
  /** the path of a file among the app's resources (the tray icons) */
  resourcePath: (file: string) => string
  /** shows the window, on `screen` when given */
  show: (screen?: Screen) => void
  quit: () => void
  platform?: NodeJS.Platform
}

/**
 * The tray and notifications, kept in step with the companion while the window may be closed. The tray is redrawn
 * on each snapshot and, while a countdown shows in it, once a minute: one timer, never a 1 Hz tick.
 */
export function setupTrayAndAlerts(deps: TrayAndAlertsDeps): { act: (action: TrayAction) => void; stop: () => void } {
  const { companion, language } = deps
  const act = (action: TrayAction): void => {
    const { command, effect } = trayAction(action)
    if (command) companion.dispatch(command)
    if (effect === 'quit') deps.quit()
    else if (effect) deps.show(effect.show)
  }
  const tray = setupTray(deps.resourcePath, act, language.t, deps.platform)
  const notify = createNotifier((screen) => deps.show(screen))
  const minuteRefresh = new WakeScheduler(deps.timers, () => companion.refresh())
  const render = (): void => {
    const snapshot = companion.getSnapshot()
    // Before drawing: a switched language redraws the whole menu in it.
    language.follow(snapshot.settings.appearance.language)
    const model = trayModelOf(snapshot, language.t)
    tray.render(model)
    minuteRefresh.schedule(model.refreshInMs)
  }
  const stops = [
    companion.subscribe(render),
    companion.onEvent((event) => {
      const alert = alertFor(event, language.t)
      if (alert) notify(alert)
    }),
  ]
  render()
  return {
    act,
    stop: () => {
      minuteRefresh.cancel()
      for (const stop of stops) stop()
    },
  }
}
