import type { JournalEntry } from '../journal'
import type * as posture from '../posture'
import * as reminders from '../reminders'
import { isRecord } from '../kernel/salvage'
import { DATA_VERSION, DOMAINS, persistedData, type CoreState, type Domain, type PersistedData } from './core-state'

/**
 * How the domains' data is laid out as records: one record per domain, except the journal, which keeps years of
 * entries: its record holds only its counter, and each entry is a record of its own. Logging an entry writes that
 * entry (and the counter), never the whole journal or the other domains.
 */
const ENTRY_PREFIX = 'journal/'

const entryKey = (entry: JournalEntry): string => `${ENTRY_PREFIX}${entry.id}`

/** Every record of the data, as a first write (or a domain written again after it was set aside) stores them. */
export function allRecords(core: CoreState, domains: readonly Domain[] = DOMAINS): Map<string, unknown> {
  return recordsOf(persistedData(core), domains)
}

/** A data document (as earlier versions stored it whole) laid out as records. */
export function recordsOf(data: Partial<PersistedData>, domains: readonly Domain[] = DOMAINS): Map<string, unknown> {
  const records = new Map<string, unknown>()
  for (const domain of domains) {
    if (data[domain] === undefined) continue
    if (domain !== 'journal') {
      records.set(domain, data[domain])
      continue
    }
    const { nextSeq, entries } = data.journal as PersistedData['journal']
    records.set('journal', { nextSeq })
    for (const entry of entries) records.set(entryKey(entry), entry)
  }
  return records
}

/** The records that differ between what was last stored and the state now; an entry deleted is removed. */
export function changedRecords(stored: CoreState, next: CoreState): Map<string, unknown> {
  const changes = new Map<string, unknown>()
  for (const domain of DOMAINS) {
    if (domain === 'journal') continue
    if (domainDue(domain, stored, next)) for (const [key, value] of allRecords(next, [domain])) changes.set(key, value)
  }
  const before = stored.journal
  const after = next.journal
  if (before.entries !== after.entries) {
    const previous = new Map(before.entries.map((entry) => [entry.id, entry]))
    for (const entry of after.entries) {
      if (previous.get(entry.id) !== entry) changes.set(entryKey(entry), entry)
      previous.delete(entry.id)
    }
    for (const gone of previous.values()) changes.set(entryKey(gone), undefined)
  }
  if (before.nextSeq !== after.nextSeq) changes.set('journal', { nextSeq: after.nextSeq })
  return changes
}

/** The keys of one domain's records among those stored. */
export function recordKeysOf(domain: Domain, keys: Iterable<string>): string[] {
  return [...keys].filter((key) => key === domain || (domain === 'journal' && key.startsWith(ENTRY_PREFIX)))
}

/**
 * The records read back as one data document (the shape earlier versions stored), for the domains to validate;
 * undefined when nothing is stored.
 */
export function dataFromRecords(records: ReadonlyMap<string, unknown>): Partial<PersistedData> | undefined {
  if (records.size === 0) return undefined
  const data: Record<string, unknown> = { version: DATA_VERSION }
  for (const domain of DOMAINS) if (domain !== 'journal' && records.has(domain)) data[domain] = records.get(domain)
  const entries = [...records].filter(([key]) => key.startsWith(ENTRY_PREFIX)).map(([, entry]) => entry)
  const counter = records.get('journal')
  if (counter !== undefined || entries.length > 0) {
    data['journal'] = { ...(isRecord(counter) ? counter : {}), entries }
  }
  return data as Partial<PersistedData>
}

/** Whether a domain other than the journal has changed enough to be written. */
function domainDue(domain: Exclude<Domain, 'journal'>, stored: CoreState, next: CoreState): boolean {
  switch (domain) {
    case 'reminders':
      // the reminder counters move at every idle reading: written at most once a minute
      return reminders.remindersNeedSaving(stored.reminders, next.reminders)
    case 'posture':
      return postureNeedsSaving(stored.posture, next.posture)
    default:
      return stored[domain] !== next[domain]
  }
}

/** The posture tally moves at every glance: it is written when the calibration or the day changes, or each minute. */
function postureNeedsSaving(previous: posture.PostureState, next: posture.PostureState): boolean {
  const seenMinutes = (state: posture.PostureState) =>
    Math.floor((state.today?.seenMs.reduce((a, b) => a + b, 0) ?? 0) / 60_000)
  return (
    previous.calibration !== next.calibration ||
    previous.today?.day !== next.today?.day ||
    seenMinutes(previous) !== seenMinutes(next)
  )
}
