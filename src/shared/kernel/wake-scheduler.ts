import type { TimerHandle, Timers } from './time'

/** Keeps exactly one pending host timer: the one for the earliest instant anything in the core is due. */
export class WakeScheduler {
  private handle: TimerHandle | undefined

  constructor(
    private readonly timers: Timers,
    private readonly wake: () => void,
  ) {}

  /** `delayMs` null means nothing is pending, so no timer at all. */
  schedule(delayMs: number | null): void {
    this.cancel()
    if (delayMs === null) return
    this.handle = this.timers.setTimeout(
      () => {
        this.handle = undefined
        this.wake()
      },
      Math.max(0, delayMs),
    )
  }

  cancel(): void {
    if (this.handle) this.timers.clear(this.handle)
    this.handle = undefined
  }
}
