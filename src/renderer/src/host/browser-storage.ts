import { msg } from '../../../shared/i18n'
import { unreadableFile } from '../../../shared/settings'
import type { DocumentStore } from '../../../shared/kernel/storage'

/**
 * A JSON document in localStorage under `key`, with the last good one under `key.backup`. A value that cannot be
 * parsed is reported (not thrown), and one the core cannot use is copied to `key.unreadable-<time>` before the
 * backup is offered.
 */
export function localStorageDocument(
  key: string,
  storage: Storage = window.localStorage,
  now: () => number = Date.now,
): DocumentStore {
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
    recover() {
      const bad = storage.getItem(key)
      if (bad !== null) storage.setItem(`${key}.unreadable-${now()}`, bad)
      storage.removeItem(key)
      const backup = parse(storage.getItem(backupKey))
      return backup !== null && typeof backup === 'object' && 'unreadable' in backup ? undefined : backup
    },
  }
}
