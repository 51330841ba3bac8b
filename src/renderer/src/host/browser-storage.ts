import { unreadableFile } from '../../../shared/settings'

/** A localStorage entry read and written as JSON; an entry that cannot be parsed is reported, not thrown. */
export interface JsonSlot {
  read(): unknown
  write(value: unknown): void
}

export function localStorageSlot(key: string, storage: Storage = window.localStorage): JsonSlot {
  return {
    read() {
      const raw = storage.getItem(key)
      if (raw === null) return undefined
      try {
        return JSON.parse(raw) as unknown
      } catch {
        return unreadableFile('it is not valid JSON')
      }
    },
    write(value) {
      storage.setItem(key, JSON.stringify(value))
    },
  }
}
