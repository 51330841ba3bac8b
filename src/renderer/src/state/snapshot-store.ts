import type { Snapshot, UnknotApi } from '../../../shared/contract/contract'

/**
 * Holds the latest snapshot for React; drops any snapshot older than the one it has. While the page is hidden
 * it only keeps the newest one, and React renders it when the page is seen again: no work while hidden.
 */
export class SnapshotStore {
  private snapshot: Snapshot | undefined
  private shown: Snapshot | undefined
  /** set when the companion could not start, so the page can say so instead of starting for ever */
  private failed = false
  private readonly listeners = new Set<() => void>()
  private readonly waiting = new Set<{ revision: number; resolve: (snapshot: Snapshot) => void }>()

  constructor(
    private readonly api: UnknotApi,
    private readonly doc: Document = document,
  ) {}

  start(): () => void {
    const stopSnapshots = this.api.on('snapshot', (snapshot) => this.accept(snapshot))
    const onVisibility = (): void => this.flush()
    this.doc.addEventListener('visibilitychange', onVisibility)
    void this.api.getSnapshot().then(
      (snapshot) => this.accept(snapshot),
      () => this.fail(),
    )
    return () => {
      stopSnapshots()
      this.doc.removeEventListener('visibilitychange', onVisibility)
    }
  }

  accept(snapshot: Snapshot): void {
    if (this.snapshot && snapshot.revision <= this.snapshot.revision) return
    this.snapshot = snapshot
    for (const waiter of this.waiting) {
      if (snapshot.revision < waiter.revision) continue
      this.waiting.delete(waiter)
      waiter.resolve(snapshot)
    }
    // The first snapshot is always shown, so a page opened in the background is ready when it is looked at.
    if (this.doc.visibilityState !== 'hidden' || this.shown === undefined) this.flush()
  }

  private fail(): void {
    this.failed = true
    for (const listener of this.listeners) listener()
  }

  private flush(): void {
    if (this.shown === this.snapshot || this.doc.visibilityState === 'hidden') return
    this.shown = this.snapshot
    for (const listener of this.listeners) listener()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  get = (): Snapshot | undefined => this.shown

  /** The newest snapshot, shown or not (a hidden page shows it once seen). */
  latest = (): Snapshot | undefined => this.snapshot

  /** Whether the companion could not start and nothing has been shown since. */
  startFailed = (): boolean => this.failed && this.shown === undefined

  /** The first snapshot at or past `revision`: a command's answer names it, and the push brings it. */
  reach(revision: number): Promise<Snapshot> {
    if (this.snapshot && this.snapshot.revision >= revision) return Promise.resolve(this.snapshot)
    return new Promise((resolve) => this.waiting.add({ revision, resolve }))
  }
}
