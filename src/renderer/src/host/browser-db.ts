import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { DispatchResult } from '../../../shared/contract/contract'
import type { DocumentStore, FormerDocument, RecordStore } from '../../../shared/kernel/storage'
import { msg } from '../../../shared/i18n'
import { unreadableFile } from '../../../shared/settings'

import { LEGACY_KEYS } from './browser-keys'

export type DocumentName = keyof typeof LEGACY_KEYS

/** A command the leading tab applied and stored, so a resent copy is answered, never applied twice. */
export interface AppliedCommand {
  id: string
  result: DispatchResult
  order: number
}

interface UnknotDb extends DBSchema {
  documents: { key: string; value: unknown }
  applied: { key: string; value: AppliedCommand }
}

export const DB_NAME = 'unknot'
const MIGRATED = 'migrated-from-local-storage'
const TERM = 'leader-term'
/** how many applied command ids are remembered: far more than a tab could have in flight at a hand-over */
const KEEP_APPLIED = 200
const DELETE = Symbol('delete')
/** the domains' records live beside the documents, each under this prefix */
const RECORD = 'record:'
/** a domain's record keeps its last good value here; a journal entry is a record of its own and keeps none */
const RECORD_BACKUP = 'record-backup:'

/**
 * The web companion's data in IndexedDB: the settings document and the domains' records, each with its last good
 * backup (the data document of earlier versions until it is moved into records), and the ids of applied commands. Only the leading tab opens it. Writes are kept in memory until `flush`, which stores
 * everything changed (and the command that changed it) in one transaction: a tab killed half-way stores all or
 * nothing, and nothing is acknowledged before that transaction has completed.
 */
export class BrowserDb {
  private readonly pending = new Map<string, unknown>()
  private readonly cache: Map<string, unknown>
  private chain: Promise<void> = Promise.resolve()
  private lastOrder: number

  private constructor(
    private readonly db: IDBPDatabase<UnknotDb>,
    private readonly committed: Map<string, unknown>,
    private readonly applied: Map<string, AppliedCommand>,
    /** increases each time a tab takes the lead, so its snapshots always rank after the previous leader's */
    readonly term: number,
    private readonly now: () => number,
  ) {
    this.cache = new Map(committed)
    this.lastOrder = Math.max(0, ...[...applied.values()].map((command) => command.order))
  }

  /**
   * Opens the database and takes this tab's term. On the first run after an earlier version, the documents that
   * version kept in localStorage are copied in, once (the localStorage copies are left as they were).
   */
  static async open(legacy: Storage | undefined, now: () => number = Date.now, name = DB_NAME): Promise<BrowserDb> {
    const db = await new Promise<IDBPDatabase<UnknotDb>>((resolve, reject) => {
      openDB<UnknotDb>(name, 1, {
        upgrade(database) {
          database.createObjectStore('documents')
          database.createObjectStore('applied', { keyPath: 'id' })
        },
        // another tab holds an older version open and will not let go: no waiting forever on a blank page
        blocked: () => reject(new DOMException('The database is blocked by another tab.', 'InvalidStateError')),
      }).then(resolve, reject)
    })
    const tx = db.transaction(['documents', 'applied'], 'readwrite')
    const documents = tx.objectStore('documents')
    const committed = new Map<string, unknown>()
    // two reads in key order instead of one round trip per record: five years of journal entries are thousands
    const [keys, values] = await Promise.all([documents.getAllKeys(), documents.getAll()])
    keys.forEach((key, index) => committed.set(key, values[index]))
    const writes: Array<Promise<unknown>> = []
    if (!committed.has(MIGRATED) && legacy) {
      for (const [key, value] of legacyDocuments(legacy, now())) {
        if (committed.has(key)) continue
        committed.set(key, value)
        writes.push(documents.put(value, key))
      }
      committed.set(MIGRATED, now())
      writes.push(documents.put(now(), MIGRATED))
    }
    const term = (typeof committed.get(TERM) === 'number' ? (committed.get(TERM) as number) : 0) + 1
    writes.push(documents.put(term, TERM))
    const all = (await tx.objectStore('applied').getAll()).sort((a, b) => b.order - a.order)
    for (const old of all.slice(KEEP_APPLIED)) writes.push(tx.objectStore('applied').delete(old.id))
    await Promise.all([...writes, tx.done])
    const applied = new Map(all.slice(0, KEEP_APPLIED).map((command) => [command.id, command]))
    return new BrowserDb(db, committed, applied, term, now)
  }

  /** One document, as the companion's storage port: reads and writes go to memory until the next flush. */
  document(name: DocumentName, onWrite: () => void): DocumentStore & FormerDocument {
    const backupKey = `${name}.backup`
    return {
      read: () => this.cache.get(name),
      write: (value) => {
        this.set(name, value, backupKey)
        onWrite()
      },
      recover: () => {
        if (this.cache.has(name)) this.set(`${name}.unreadable-${this.now()}`, this.cache.get(name))
        this.set(name, DELETE)
        return this.cache.get(backupKey)
      },
      // stored in the same transaction as the records it was moved into
      retire: () => {
        if (!this.cache.has(name)) return
        this.set(`${name}.moved-${this.now()}`, this.cache.get(name))
        this.set(name, DELETE)
        onWrite()
      },
    }
  }

  /** The domains' records, as the companion's storage port: each change only its records, all in one flush. */
  records(onWrite: () => void): RecordStore {
    const backupOf = (key: string) => (key.includes('/') ? undefined : `${RECORD_BACKUP}${key}`)
    return {
      read: () =>
        new Map(
          [...this.cache]
            .filter(([key]) => key.startsWith(RECORD))
            .map(([key, value]) => [key.slice(RECORD.length), value]),
        ),
      write: (changes) => {
        for (const [key, value] of changes)
          this.set(`${RECORD}${key}`, value === undefined ? DELETE : value, backupOf(key))
        onWrite()
      },
      recover: (keys) => {
        const backups = new Map<string, unknown>()
        for (const key of keys) {
          const stored = `${RECORD}${key}`
          if (this.cache.has(stored)) this.set(`record-unreadable-${this.now()}:${key}`, this.cache.get(stored))
          this.set(stored, DELETE)
          const backupKey = backupOf(key)
          if (backupKey && this.cache.has(backupKey)) backups.set(key, this.cache.get(backupKey))
        }
        return backups
      },
    }
  }

  /** The answer already given to a command with this id, if it was applied and stored. */
  answered(id: string): DispatchResult | undefined {
    return this.applied.get(id)?.result
  }

  /**
   * Stores every change since the last flush, with the command that made them, in one transaction. Flushes run one
   * after another; a failed one keeps its changes pending (a later flush tries them again) and rejects.
   */
  flush(command?: { id: string; result: DispatchResult }): Promise<void> {
    const run = this.chain.then(() => this.store(command))
    this.chain = run.catch(() => undefined)
    return run
  }

  /** Forgets every change not yet stored: memory goes back to what the database holds. */
  revert(): void {
    this.pending.clear()
    this.cache.clear()
    for (const [key, value] of this.committed) this.cache.set(key, value)
  }

  close(): void {
    this.db.close()
  }

  private set(key: string, value: unknown, backupKey?: string): void {
    // the first change of a document since it was stored keeps the stored one as its backup
    if (backupKey && value !== DELETE && !this.pending.has(key) && this.committed.has(key)) {
      this.pending.set(backupKey, this.committed.get(key))
      this.cache.set(backupKey, this.committed.get(key))
    }
    this.pending.set(key, value)
    if (value === DELETE) this.cache.delete(key)
    else this.cache.set(key, value)
  }

  private async store(command?: { id: string; result: DispatchResult }): Promise<void> {
    const changes = new Map(this.pending)
    if (changes.size === 0 && !command) return
    this.pending.clear()
    const record = command ? { ...command, order: this.lastOrder + 1 } : undefined
    const tx = this.db.transaction(['documents', 'applied'], 'readwrite')
    const done = tx.done
    try {
      const documents = tx.objectStore('documents')
      const writes: Array<Promise<unknown>> = [...changes].map(([key, value]) =>
        value === DELETE ? documents.delete(key) : documents.put(value, key),
      )
      if (record) writes.push(tx.objectStore('applied').put(record))
      await Promise.all([...writes, done])
    } catch (error) {
      // a write refused before the transaction ended (a full quota) ends it: nothing of it is stored
      done.catch(() => undefined)
      abortQuietly(tx)
      // changes made since are newer: only what they did not replace goes back to pending
      for (const [key, value] of changes) if (!this.pending.has(key)) this.pending.set(key, value)
      throw error
    }
    for (const [key, value] of changes) {
      if (value === DELETE) this.committed.delete(key)
      else this.committed.set(key, value)
    }
    if (record) {
      this.lastOrder = record.order
      this.applied.set(record.id, record)
    }
  }
}

/** The documents an earlier version kept in localStorage, with their backups; one that is not JSON is kept aside. */
function legacyDocuments(storage: Storage, now: number): Array<[string, unknown]> {
  const found: Array<[string, unknown]> = []
  for (const [name, key] of Object.entries(LEGACY_KEYS)) {
    for (const [suffix, stored] of [
      ['', storage.getItem(key)],
      ['.backup', storage.getItem(`${key}.backup`)],
    ] as const) {
      if (stored === null) continue
      try {
        found.push([`${name}${suffix}`, JSON.parse(stored) as unknown])
      } catch {
        // kept aside as it was, and reported as the earlier version would have (the core then tries the backup)
        found.push([`${name}${suffix}.unreadable-${now}`, stored])
        if (suffix === '') found.push([name, unreadableFile(msg('it is not valid JSON'))])
      }
    }
  }
  return found
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort()
  } catch {
    // already finished (aborted by the browser)
  }
}
