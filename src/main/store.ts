import { existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { app } from 'electron'
import Store from 'electron-store'
import { unreadableFile, type Settings } from '../shared/settings'

export interface SettingsStore {
  /** what is on disk, unvalidated: the companion validates it */
  read(): unknown
  write(settings: Settings): void
}

interface StoreShape {
  settings?: unknown
}

const NAME = 'unknot-settings'

/**
 * electron-store keeps the file; the settings schema in src/shared decides whether its content is usable.
 * A file that is not even JSON is moved aside (never deleted) so the person's data can still be recovered.
 */
export function openSettingsStore(cwd: string = app.getPath('userData'), now: () => number = Date.now): SettingsStore {
  const open = (): Store<StoreShape> => new Store<StoreShape>({ name: NAME, cwd, clearInvalidConfig: false })
  try {
    const store = open()
    return { read: () => store.get('settings'), write: (settings) => store.set('settings', settings) }
  } catch (error) {
    const file = join(cwd, `${NAME}.json`)
    if (!existsSync(file)) throw error
    const keptAs = `${NAME}.unreadable-${now()}.json`
    renameSync(file, join(cwd, keptAs))
    const store = open()
    const problem = unreadableFile(`it is not valid JSON (a copy was kept as ${keptAs})`)
    let first = true
    return {
      read: () => (first ? ((first = false), problem) : store.get('settings')),
      write: (settings) => store.set('settings', settings),
    }
  }
}
