import type { CompanionEvent, Notice } from './contract'
import { restoreData, type DomainData } from './core-state'
import { defaultSettings, loadSettings, type Settings } from './settings'
import type { Instant } from './time'

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
export function restoreStored(
  stored: StoredDocuments,
  at: Instant,
): {
  settings: Settings
  data: DomainData
  events: CompanionEvent[]
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
  let restored = restoreData(stored.data, at)
  if (restored.problem) {
    const backup = stored.recoverData?.()
    const fromBackup = backup === undefined ? undefined : restoreData(backup, at)
    const usable = fromBackup !== undefined && !fromBackup.problem
    if (usable) restored = fromBackup
    notices.push({
      id: 'data-unreadable',
      level: 'error',
      text: usable
        ? `${restored.problem} Unknot restored its last good copy; the unreadable file was kept.`
        : `${restored.problem} Unknot started afresh where it had to; the unreadable file was kept.`,
    })
  }
  return { settings, data: restored.data, events: restored.events, notices }
}
