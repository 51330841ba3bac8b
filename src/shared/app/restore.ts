import type { CompanionEvent, Notice } from '../contract/contract'
import { restoreData, type DomainData } from './core-state'
import { defaultSettings, firstRunSettings, loadSettings, type Settings } from '../settings'
import { msg } from '../i18n/catalog'
import { interpolate, sentences, type MessageValues } from '../kernel/message'
import type { Instant } from '../kernel/time'

function noticeText(text: string, values: MessageValues): Pick<Notice, 'text' | 'message'> {
  return { text: interpolate(text, values), message: { text, values } }
}

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
  let settings = stored.settings === undefined ? firstRunSettings() : defaultSettings()
  if (stored.settings !== undefined) {
    const loaded = loadSettings(stored.settings)
    if (loaded.ok) settings = loaded.settings
    else {
      const backup = stored.recoverSettings?.()
      const fromBackup = backup === undefined ? undefined : loadSettings(backup)
      if (fromBackup?.ok) settings = fromBackup.settings
      const message = sentences(
        loaded.message ?? loaded.error,
        fromBackup?.ok ? msg('Unknot restored your last good settings.') : msg('Unknot is using its default settings.'),
        msg('The unreadable file was kept beside the new one.'),
      )
      notices.push({
        id: 'settings-unreadable',
        level: 'error',
        text: interpolate(message.text, message.values),
        message,
      })
    }
  }
  let restored = restoreData(stored.data, at)
  const problem = restored.problem
  if (problem) {
    const backup = stored.recoverData?.()
    const fromBackup = backup === undefined ? undefined : restoreData(backup, at)
    const usable = fromBackup !== undefined && !fromBackup.problem
    if (usable) restored = fromBackup
    notices.push({
      id: 'data-unreadable',
      level: 'error',
      ...noticeText(
        usable
          ? msg('{{problem}} Unknot restored its last good copy; the unreadable file was kept.')
          : msg('{{problem}} Unknot started afresh where it had to; the unreadable file was kept.'),
        { problem: { text: problem } },
      ),
    })
  }
  return { settings, data: restored.data, events: restored.events, notices }
}
