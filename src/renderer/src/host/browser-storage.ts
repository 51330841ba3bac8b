import { msg } from '../../../shared/i18n'
import { unreadableFile } from '../../../shared/settings'
import type { DocumentStore, FormerDocument, RecordStore } from '../../../shared/kernel/storage'

/**
 * A JSON document in localStorage under `key`, with the last good one under `key.backup`. A value that cannot be
 * parsed is reported (not thrown), and one the core cannot use is copied to `key.unreadable-<time>` before the
 * backup is offered.
 */
export function localStorageDocument(
  key: string,
  storage: Storage = window.localStorage,
  now: () => number = Date.now,
): DocumentStore & FormerDocument {
  const backupKey = `${key}.backup`
  const parse = (raw: string | null): unknown => {
    if (raw === null) return undefined
    try {
      return JSON.parse(raw) as unknown
    } catch {
      return unreadableFile(msg('it is not valid JSON'))
    }
  }
  return {
    read: () => parse(storage.getItem(key)),
    write(value) {
      const previous = storage.getItem(key)
      if (previous !== null) storage.setItem(backupKey, previous)
      storage.setItem(key, JSON.stringify(value))
    },
    retire() {
      const moved = storage.getItem(key)
      if (moved === null) return
      storage.setItem(`${key}.moved-${now()}`, moved)
      storage.removeItem(key)
    },
    recover() {
      const bad = storage.getItem(key)
      if (bad !== null) storage.setItem(`${key}.unreadable-${now()}`, bad)
      storage.removeItem(key)
      const backup = parse(storage.getItem(backupKey))
      return backup !== null && typeof backup === 'object' && 'unreadable' in backup ? undefined : backup
    },
  }
}

/**
 * The domains' records in localStorage, each under `prefix/<key>` (a domain's last good one under
 * `prefix.backup/<key>`). localStorage has no transactions: a change that fails part-way puts back what it had
 * already replaced, so it is stored whole or not at all.
 */
export function localStorageRecords(
  prefix: string,
  storage: Storage = window.localStorage,
  now: () => number = Date.now,
): RecordStore {
  const itemKey = (key: string) => `${prefix}/${key}`
  const backupKey = (key: string) => `${prefix}.backup/${key}`
  const parse = (raw: string): unknown => {
    try {
      return JSON.parse(raw) as unknown
    } catch {
      return unreadableFile(msg('it is not valid JSON'))
    }
  }
  return {
    read() {
      const records = new Map<string, unknown>()
      for (let index = 0; index < storage.length; index++) {
        const key = storage.key(index)
        const raw = key === null ? null : storage.getItem(key)
        if (key?.startsWith(`${prefix}/`) && raw !== null) records.set(key.slice(prefix.length + 1), parse(raw))
      }
      return records
    },
    write(changes) {
      const before = new Map<string, string | null>()
      const keep = (key: string) => {
        if (!before.has(key)) before.set(key, storage.getItem(key))
      }
      try {
        for (const [key, value] of changes) {
          const previous = storage.getItem(itemKey(key))
          if (previous !== null && !key.includes('/')) {
            keep(backupKey(key))
            storage.setItem(backupKey(key), previous)
          }
          keep(itemKey(key))
          if (value === undefined) storage.removeItem(itemKey(key))
          else storage.setItem(itemKey(key), JSON.stringify(value))
        }
      } catch (error) {
        for (const [key, value] of before) {
          if (value === null) storage.removeItem(key)
          else storage.setItem(key, value)
        }
        throw error
      }
    },
    recover(keys) {
      const backups = new Map<string, unknown>()
      for (const key of keys) {
        const bad = storage.getItem(itemKey(key))
        if (bad !== null) storage.setItem(`${prefix}.unreadable-${now()}/${key}`, bad)
        storage.removeItem(itemKey(key))
        const backup = storage.getItem(backupKey(key))
        if (backup !== null) backups.set(key, parse(backup))
      }
      return backups
    },
  }
}
