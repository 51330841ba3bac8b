import type { Notice } from './contract'
import { restoreData, type PersistedData } from './core-state'
import { defaultSettings, loadSettings, type Settings } from './settings'

export interface StoredDocuments {
  settings: unknown
  data: unknown
  /** keeps a bad document aside and hands back its last good backup */
  recoverSettings?: () => unknown
  recoverData?: () => unknown
}

/**
 * Reads what the host stored. A document the core cannot use is never overwritten blindly: the host keeps it
 * aside, the last good backup is tried, and the person is told which of the two happened.
 */
export function restoreStored(stored: StoredDocuments): {
  settings: Settings
  data: Omit<PersistedData, 'version'>
  notices: Notice[]
} {
  const notices: Notice[] = []
  let settings = defaultSettings()
  if (stored.settings !== undefined) {
    const loaded = loadSettings(stored.settings)
    if (loaded.ok) settings = loaded.settings
    else {
      const backup = stored.recoverSettings?.()
      const fromBackup = backup === undefined ? undefined : loadSettings(backup)
      if (fromBackup?.ok) settings = fromBackup.settings
      notices.push({
        id: 'settings-unreadable',
        level: 'error',
        text: `${loaded.error} ${
          fromBackup?.ok ? 'Unknot restored your last good settings.' : 'Unknot is using its default settings.'
        } The unreadable file was kept beside the new one.`,
      })
    }
  }
  let restored = restoreData(stored.data)
  if (restored.problem) {
    const backup = stored.recoverData?.()
    const fromBackup = backup === undefined ? undefined : restoreData(backup)
    const usable = fromBackup !== undefined && !fromBackup.problem
    if (usable) restored = fromBackup
    notices.push({
      id: 'data-unreadable',
      level: 'error',
      text: usable
        ? 'Your saved history could not be read, so Unknot restored its last good copy. The unreadable file was kept.'
        : 'Your saved history could not be read, so Unknot started with an empty one. The unreadable file was kept.',
    })
  }
  return { settings, data: restored.data, notices }
}
