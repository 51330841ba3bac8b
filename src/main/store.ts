import Store from 'electron-store'
import type { Settings } from '../shared/settings'

export interface SettingsStore {
  /** what is on disk, unvalidated: the companion validates it */
  read(): unknown
  write(settings: Settings): void
}

interface StoreShape {
  settings?: unknown
}

/** electron-store keeps the file; the settings schema in src/shared decides whether its content is usable. */
export function openSettingsStore(cwd?: string): SettingsStore {
  const store = new Store<StoreShape>({ name: 'unknot-settings', ...(cwd ? { cwd } : {}), clearInvalidConfig: false })
  return {
    read: () => store.get('settings'),
    write: (settings) => store.set('settings', settings),
  }
}
