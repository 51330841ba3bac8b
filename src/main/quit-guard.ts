import { app, dialog } from 'electron'
import type { Snapshot } from '../shared/contract'

/** Why quitting now needs a word from the person, or undefined when it does not. */
export function quitConcern(snapshot: Snapshot): string | undefined {
  const session = snapshot.therapy.session
  if (!session || session.endedAwaitingAck) return undefined
  const pack = session.kind === 'cold' ? 'cold pack' : 'heat pack'
  return `A ${pack} session is still running. If Unknot quits, nobody will remind you to take the pack off.`
}

/**
 * Asks before quitting while a therapy session runs (a quit from the tray, the menu or the OS). "Keep running"
 * cancels the quit; "Quit anyway" quits.
 */
export function guardQuit(current: () => Snapshot): void {
  let confirmed = false
  app.on('before-quit', (event) => {
    const concern = confirmed ? undefined : quitConcern(current())
    if (!concern) return
    event.preventDefault()
    void dialog
      .showMessageBox({
        type: 'warning',
        title: 'Quit Unknot?',
        message: 'Quit while a therapy session is running?',
        detail: concern,
        buttons: ['Keep running', 'Quit anyway'],
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
