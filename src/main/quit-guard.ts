import { app, dialog } from 'electron'
import type { Snapshot } from '../shared/contract/contract'
import type { Translate } from '../shared/i18n'

/** Why quitting now needs a word from the person, or undefined when it does not. */
export function quitConcern(snapshot: Snapshot, t: Translate): string | undefined {
  const session = snapshot.therapy.session
  if (!session || session.endedAwaitingAck) return undefined
  return session.kind === 'cold'
    ? t('A cold pack session is still running. If Unknot quits, nobody will remind you to take the pack off.')
    : t('A heat pack session is still running. If Unknot quits, nobody will remind you to take the pack off.')
}

/**
 * Asks before quitting while a therapy session runs: a quit from the tray, the app menu or the Dock, or macOS
 * logging out. "Keep running" cancels the quit; "Quit anyway" quits. Not asked when Windows shuts down, restarts or
 * logs out: Electron emits no before-quit then, and the system would not wait for an answer anyway.
 */
export function guardQuit(current: () => Snapshot, t: Translate): void {
  let confirmed = false
  app.on('before-quit', (event) => {
    const concern = confirmed ? undefined : quitConcern(current(), t)
    if (!concern) return
    event.preventDefault()
    void dialog
      .showMessageBox({
        type: 'warning',
        title: t('Quit Unknot?'),
        message: t('Quit while a therapy session is running?'),
        detail: concern,
        buttons: [t('Keep running'), t('Quit anyway')],
        defaultId: 0,
        cancelId: 0,
      })
      .then(({ response }) => {
        if (response !== 1) return
        confirmed = true
        app.quit()
      })
  })
}
