import { app, dialog } from 'electron'
import { hostLanguage } from './language'

/**
 * Runs the start; if it fails (the data folder cannot be written, say), the person is told why and the process
 * ends, rather than staying behind with no window and no tray while holding the single-instance lock.
 */
export async function startOrExplain(start: () => Promise<void>): Promise<void> {
  try {
    await start()
  } catch (error) {
    const { t } = hostLanguage('system')
    dialog.showErrorBox(
      t('Unknot could not start'),
      t(
        '{{reason}}\n\nUnknot keeps its settings and data in {{folder}}. Check that this folder exists and can be written to, then start Unknot again.',
        { reason: error instanceof Error ? error.message : String(error), folder: app.getPath('userData') },
      ),
    )
    app.releaseSingleInstanceLock()
    app.exit(1)
  }
}
