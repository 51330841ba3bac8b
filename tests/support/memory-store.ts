import type { PersistedData } from '../../src/shared/app/core-state'
import { dataFromRecords, recordsOf } from '../../src/shared/app/data-records'
import type { DocumentStore, RecordChanges, RecordStore } from '../../src/shared/kernel/storage'

/** A store in memory: for tests, benchmarks and simulations. `setAside` lists what `recover` put aside. */
export class MemoryStore implements DocumentStore {
  readonly setAside: unknown[] = []
  readonly writes: unknown[] = []
  private backup: unknown

  constructor(private value: unknown = undefined) {}

  read(): unknown {
    return this.value
  }

  write(value: unknown): void {
    if (this.value !== undefined) this.backup = this.value
    this.value = structuredClone(value)
    this.writes.push(this.value)
  }

  recover(): unknown {
    if (this.value !== undefined) this.setAside.push(this.value)
    this.value = undefined
    return this.backup
  }

  withBackup(backup: unknown): this {
    this.backup = backup
    return this
  }

  /** as the former data document: kept aside, and read no more */
  retire(): void {
    this.recover()
  }
}

/**
 * The domains' records in memory. `writes` holds each write's changes as stored; `setAside` what `recover` put aside,
 * by key; `document()` reads the records back as one data document, the shape earlier versions stored.
 */
export class MemoryRecords implements RecordStore {
  readonly writes: Array<Map<string, unknown>> = []
  readonly setAside = new Map<string, unknown>()
  private readonly records = new Map<string, unknown>()
  private readonly backups = new Map<string, unknown>()

  /** records holding a data document, laid out as the companion lays it out */
  static holding(data: unknown): MemoryRecords {
    const store = new MemoryRecords()
    for (const [key, value] of recordsOf(data as PersistedData)) store.records.set(key, structuredClone(value))
    return store
  }

  read(): ReadonlyMap<string, unknown> {
    return this.records
  }

  write(changes: RecordChanges): void {
    const stored = new Map([...changes].map(([key, value]) => [key, structuredClone(value)]))
    for (const [key, value] of stored) {
      if (this.records.has(key)) this.backups.set(key, this.records.get(key))
      if (value === undefined) this.records.delete(key)
      else this.records.set(key, value)
    }
    this.writes.push(stored)
  }

  recover(keys: readonly string[]): Map<string, unknown> {
    const backups = new Map<string, unknown>()
    for (const key of keys) {
      if (this.records.has(key)) this.setAside.set(key, this.records.get(key))
      this.records.delete(key)
      if (this.backups.has(key)) backups.set(key, this.backups.get(key))
    }
    return backups
  }

  /** a record stored as it is given, whatever it holds */
  with(key: string, value: unknown): this {
    this.records.set(key, value)
    return this
  }

  /** a record as it was before its last write, as a host keeps it */
  withBackup(key: string, value: unknown): this {
    this.backups.set(key, value)
    return this
  }

  /** what is stored, as one data document */
  document(): PersistedData {
    return dataFromRecords(this.records) as PersistedData
  }
}
