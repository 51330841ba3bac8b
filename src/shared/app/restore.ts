import type { CompanionEvent, Notice } from '../contract/contract'
import { restoreData, type DomainData } from './core-state'
import { defaultSettings, firstRunSettings, loadSettings, type Settings } from '../settings'
import { msg } from '../i18n/catalog'
import { interpolate, sentences, type MessageValues } from '../kernel/message'
import type { Instant } from '../kernel/time'

function noticeText(text: string, values?: MessageValues): Pick<Notice, 'text' | 'message'> {
  return { text: interpolate(text, values), message: values ? { text, values } : { text } }
}

export interface StoredDocuments {
  settings: unknown
  data: unknown
  /** keeps a bad document aside and hands back its last good backup */
  recoverSettings?: () => unknown
  recoverData?: () => unknown
}

export interface RestoredDocuments {
  settings: Settings
  data: DomainData
  events: CompanionEvent[]
  notices: Notice[]
  /**
   * Which documents were set aside: what is used in their place is written at once, so the next start reads it
   * rather than finding nothing (and starting afresh without a word).
   */
  rewrite: { settings: boolean; data: boolean }
}

/**
 * Reads what the host stored. A document the core cannot use is never overwritten blindly: the host keeps it
 * aside, the last good backup is tried, and the person is told which of the two happened. A document with some
 * records that do not fit is kept aside whole too, and every record that fits is used.
 */
export function restoreStored(stored: StoredDocuments, at: Instant): RestoredDocuments {
  const notices: Notice[] = []
  const rewrite = { settings: false, data: false }
  let settings = stored.settings === undefined ? firstRunSettings() : defaultSettings()
  if (stored.settings !== undefined) {
    const loaded = loadSettings(stored.settings)
    if (loaded.ok) settings = loaded.settings
    else {
      rewrite.settings = stored.recoverSettings !== undefined
      const backup = stored.recoverSettings?.()
      const fromBackup = backup === undefined ? undefined : loadSettings(backup)
      if (fromBackup?.ok) settings = fromBackup.settings
      const message = sentences(
        loaded.message ?? loaded.error,
        fromBackup?.ok ? msg('Unknot restored your last good settings.') : msg('Unknot is using its default settings.'),
        msg('The unreadable file was kept beside the new one.'),
      )
      notices.push({ id: 'settings-unreadable', level: 'error', ...noticeText(message.text, message.values) })
    }
  }
  let restored = restoreData(stored.data, at)
  const problem = restored.problem
  if (problem) {
    rewrite.data = stored.recoverData !== undefined
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
  } else if (restored.setAside.length > 0) {
    // Kept aside as it was, set-aside records and all; its backup is older than the records kept, so it is not used.
    rewrite.data = stored.recoverData !== undefined
    stored.recoverData?.()
  }
  if (restored.setAside.length > 0) {
    const message = sentences(
      msg('Part of your saved data could not be read.'),
      ...restored.setAside,
      msg('Everything else is here, and the file as it was has been kept, so nothing is lost.'),
    )
    notices.push({ id: 'data-set-aside', level: 'warning', ...noticeText(message.text, message.values) })
  }
  return { settings, data: restored.data, events: restored.events, notices, rewrite }
}
