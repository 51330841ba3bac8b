import type { DocumentStore } from '../../src/shared/kernel/storage'

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
