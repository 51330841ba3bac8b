import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { app } from 'electron'
import Store from 'electron-store'
import { unreadableFile } from '../shared/settings'
import type { DocumentStore, FormerDocument } from '../shared/kernel/storage'

interface StoreShape {
  document?: unknown
}

export const SETTINGS_STORE = 'unknot-settings'
/** the domains' data as one document, as versions before the records wrote it: read once, then kept aside */
export const DATA_STORE = 'unknot-data'
/** the domains' data as records (see record-store.ts) */
export const RECORDS_STORE = 'unknot-records'
/** the calendar feeds' last good copies: the meetings ahead, for when a feed cannot be fetched */
export const CALENDAR_STORE = 'unknot-calendar'

/**
 * One JSON document in the user-data folder, kept by electron-store (whose writes are atomic: a write cut off
 * half-way leaves the previous file whole). Before each write the previous file, which the core had accepted, is
 * copied to `<name>.backup.json`; a file the core cannot use is renamed aside, never deleted, and one no longer
 * used (retired) is renamed to `<name>.moved-<time>.json`.
 */
export function openDocumentStore(
  name: string,
  cwd: string = app.getPath('userData'),
  now: () => number = Date.now,
): DocumentStore & FormerDocument {
  const file = join(cwd, `${name}.json`)
  const backup = join(cwd, `${name}.backup.json`)
  const setAside = (): string => {
    const keptAs = `${name}.unreadable-${now()}.json`
    renameSync(file, join(cwd, keptAs))
    return keptAs
  }
  const open = (): Store<StoreShape> => new Store<StoreShape>({ name, cwd, clearInvalidConfig: false })

  let store: Store<StoreShape>
  let pendingProblem: unknown
  try {
    store = open()
  } catch (error) {
    if (!existsSync(file)) throw error
    pendingProblem = unreadableFile(`it is not valid JSON (a copy was kept as ${setAside()})`)
    store = open()
  }
  return {
    read() {
      if (pendingProblem === undefined) return store.get('document')
      const problem = pendingProblem
      pendingProblem = undefined
      return problem
    },
    write(value) {
      if (existsSync(file)) copyFileSync(file, backup)
      store.set('document', value)
    },
    retire() {
      if (existsSync(file)) renameSync(file, join(cwd, `${name}.moved-${now()}.json`))
    },
    recover() {
      if (existsSync(file)) setAside()
      store = open()
      if (!existsSync(backup)) return undefined
      try {
        return (JSON.parse(readFileSync(backup, 'utf8')) as StoreShape).document
      } catch {
        return undefined
      }
    },
  }
}
