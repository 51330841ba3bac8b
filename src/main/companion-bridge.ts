import { alertFor, type Alert } from '../shared/hosting/alerts'
import type { Companion } from '../shared/app/companion'
import type { Timers } from '../shared/kernel/time'
import { trayActionCommand, trayModelOf, type TrayAction } from '../shared/hosting/tray-model'
import { WakeScheduler } from '../shared/kernel/wake-scheduler'
import type { HostLanguage } from './language'
import type { TrayView } from './tray'

export interface BridgeDeps {
  companion: Companion
  tray: TrayView
  timers: Timers
  notify: (alert: Alert) => void
  /** follows the language setting, so the tray and the next notifications speak the one the window speaks */
  language: HostLanguage
  /** window actions the tray offers: open the app (on a screen), quit */
  openScreen: (screen?: 'settings' | 'journal') => void
  quit: () => void
}

/**
 * Keeps the tray and notifications in step with the companion while the window may be closed. The tray is
 * redrawn on each snapshot and, while a countdown shows in it, once a minute: one timer, never a 1 Hz tick.
 */
export function connectTrayAndAlerts(deps: BridgeDeps): { act: (action: TrayAction) => void; stop: () => void } {
  const { companion, tray, language } = deps
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
      if (alert) deps.notify(alert)
    }),
  ]
  render()
  const act = (action: TrayAction): void => {
    const command = trayActionCommand(action)
    if (command) companion.dispatch(command)
    if (action === 'quit') deps.quit()
    else if (action === 'settings') deps.openScreen('settings')
    else if (action === 'log-spasm') deps.openScreen('journal')
    else if (action === 'open' || action === 'stretch-now') deps.openScreen()
  }
  return {
    act,
    stop: () => {
      minuteRefresh.cancel()
      for (const stop of stops) stop()
    },
  }
}
