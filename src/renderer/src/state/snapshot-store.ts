import type { Snapshot, UnknotApi } from '../../../shared/contract'

/** Holds the latest snapshot for React; drops any snapshot older than the one it has. */
export class SnapshotStore {
  private snapshot: Snapshot | undefined
  private readonly listeners = new Set<() => void>()
  private stop: (() => void) | undefined

  constructor(private readonly api: UnknotApi) {}

  start(): () => void {
    this.stop = this.api.on('snapshot', (snapshot) => this.accept(snapshot))
    void this.api.getSnapshot().then((snapshot) => this.accept(snapshot))
    return () => this.stop?.()
  }

  accept(snapshot: Snapshot): void {
    if (this.snapshot && snapshot.revision <= this.snapshot.revision) return
    this.snapshot = snapshot
    for (const listener of this.listeners) listener()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  get = (): Snapshot | undefined => this.snapshot
}
