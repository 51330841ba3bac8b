/** A host's place for one persisted document (settings, or the domains' data). */
export interface DocumentStore {
  /** what is stored, unvalidated (the core validates it); undefined on a first run */
  read(): unknown
  /** replaces the document, keeping the previous one as the last good backup */
  write(value: unknown): void
  /**
   * Called when the core cannot use what `read` gave: keeps the bad document aside (never deletes it) and returns
   * the last good backup, unvalidated, or undefined when there is none.
   */
  recover(): unknown
}

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
}
