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
