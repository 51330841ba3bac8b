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

/** Changes to records by key: a value replaces the record, undefined removes it. */
export type RecordChanges = ReadonlyMap<string, unknown>

/**
 * A host's place for the domains' data as records under keys, so a change writes only the records it touched, not
 * everything stored.
 */
export interface RecordStore {
  /** every stored record, unvalidated (the core validates them); empty on a first run */
  read(): ReadonlyMap<string, unknown>
  /**
   * Stores every change together: all of them, or (throwing) none. A replaced record is kept as that key's last good
   * backup.
   */
  write(changes: RecordChanges): void
  /**
   * Called when the core cannot use some records: keeps them aside (never deletes them), removes them, and returns
   * the last good backup of each that has one, unvalidated.
   */
  recover(keys: readonly string[]): Map<string, unknown>
}

/** The single data document earlier versions wrote: read once, moved into records, then kept aside. */
export interface FormerDocument {
  read(): unknown
  /** as DocumentStore.recover: keeps it aside and returns its last good backup */
  recover(): unknown
  /** keeps the document aside under another name (never deleted); called once its records are stored */
  retire(): void
}
