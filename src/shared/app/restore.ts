import type { CompanionEvent, Notice } from '../contract/contract'
import { restoreData, restoreDomain, type Domain, type DomainData } from './core-state'
import { defaultSettings, firstRunSettings, loadSettings, type Settings } from '../settings'
import { msg } from '../i18n/catalog'
import { isRecord } from '../kernel/salvage'
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
  /** keeps these domains' stored data aside and hands back their last good backups, as a data document */
  recoverData?: (domains: Domain[]) => unknown
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
  rewrite: { settings: boolean; data: Domain[] }
}

/**
 * Reads what the host stored. A document the core cannot use is never overwritten blindly: the host keeps it
 * aside, the last good backup is tried, and the person is told which of the two happened. The data is read domain
 * by domain: only a domain that cannot be read is set aside (the others load), and a domain with some records that
 * do not fit is kept aside whole too, while every record that fits is used.
 */
export function restoreStored(stored: StoredDocuments, at: Instant): RestoredDocuments {
  const notices: Notice[] = []
  const rewrite: RestoredDocuments['rewrite'] = { settings: false, data: [] }
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
  const restored = restoreData(stored.data, at)
  // Only the domains that could not be read go back to their backups; every other domain loads as it was.
  const unreadable = restored.unreadable.map((part) => part.domain)
  if (unreadable.length > 0) {
    if (stored.recoverData) rewrite.data.push(...unreadable)
    const backup = stored.recoverData?.(unreadable)
    const fromBackup = unreadable.map((domain) => {
      const saved = isRecord(backup) ? backup[domain] : undefined
      const read = saved === undefined ? undefined : restoreDomain(domain, saved, at)
      if (!read || read.unreadable) return false
      ;(restored.data as Record<Domain, unknown>)[domain] = read.state
      restored.setAside.push(...(read.setAside ?? []))
      return true
    })
    const problems = [...new Set(restored.unreadable.map((part) => part.problem))]
    notices.push({
      id: 'data-unreadable',
      level: 'error',
      ...noticeText(
        fromBackup.every(Boolean)
          ? msg('{{problem}} Unknot restored its last good copy; the unreadable file was kept.')
          : msg('{{problem}} Unknot started afresh where it had to; the unreadable file was kept.'),
        { problem: sentences(...problems) },
      ),
    })
  }
  if (restored.setAsideFrom.length > 0) {
    // Kept aside as they were, set-aside records and all; their backups are older than the records kept, so unused.
    if (stored.recoverData) rewrite.data.push(...restored.setAsideFrom)
    stored.recoverData?.(restored.setAsideFrom)
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
