import type { Clock, TimerHandle, Timers } from '../../src/shared/kernel/time'

/** A clock and timers driven by hand, for tests and simulations. Wall time can jump independently of monotonic time. */
export class ManualClock implements Clock, Timers {
  private wall: number
  private mono = 0
  private nextId = 1
  private pending = new Map<number, { at: number; callback: () => void }>()

  constructor(startWallMs: number) {
    this.wall = startWallMs
  }

  now(): number {
    return this.wall
  }

  monotonic(): number {
    return this.mono
  }

  setTimeout(callback: () => void, delayMs: number): TimerHandle {
    const id = this.nextId++
    this.pending.set(id, { at: this.mono + Math.max(0, delayMs), callback })
    return { id }
  }

  clear(handle: TimerHandle): void {
    this.pending.delete(handle.id)
  }

  get pendingCount(): number {
    return this.pending.size
  }

  /** Moves both clocks forward by `ms`, firing due timers in order at their own instants. */
  advance(ms: number): void {
    const target = this.mono + ms
    for (;;) {
      let nextId = -1
      let nextAt = Infinity
      for (const [id, timer] of this.pending) {
        if (timer.at <= target && timer.at < nextAt) {
          nextAt = timer.at
          nextId = id
        }
      }
      if (nextId < 0) break
      const timer = this.pending.get(nextId)!
      this.pending.delete(nextId)
      this.wall += timer.at - this.mono
      this.mono = timer.at
      timer.callback()
    }
    this.wall += target - this.mono
    this.mono = target
  }

  /** A wall-clock jump (manual change, time-zone or NTP correction): monotonic time does not move. */
  jumpWall(ms: number): void {
    this.wall += ms
  }
}
