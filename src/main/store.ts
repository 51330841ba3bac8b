import { existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { app } from 'electron'
import Store from 'electron-store'
import { unreadableFile } from '../shared/settings'

/** One JSON document on disk: what is read is unvalidated (the core validates it), what is written replaces it. */
export interface DocumentStore {
  read(): unknown
  write(value: unknown): void
}

interface StoreShape {
  document?: unknown
}

export const SETTINGS_STORE = 'unknot-settings'
export const DATA_STORE = 'unknot-data'

/**
 * electron-store keeps the file. A file that is not even JSON is moved aside (never deleted), so the person's data
 * can still be recovered, and reported once as unreadable.
 */
export function openDocumentStore(
  name: string,
  cwd: string = app.getPath('userData'),
  now: () => number = Date.now,
): DocumentStore {
  const open = (): Store<StoreShape> => new Store<StoreShape>({ name, cwd, clearInvalidConfig: false })
  let store: Store<StoreShape>
  let problem: unknown
  try {
    store = open()
  } catch (error) {
    const file = join(cwd, `${name}.json`)
    if (!existsSync(file)) throw error
    const keptAs = `${name}.unreadable-${now()}.json`
    renameSync(file, join(cwd, keptAs))
    store = open()
    problem = unreadableFile(`it is not valid JSON (a copy was kept as ${keptAs})`)
  }
  return {
    read: () => {
      if (problem === undefined) return store.get('document')
      const reported = problem
      problem = undefined
      return reported
    },
    write: (value) => store.set('document', value),
  }
}
