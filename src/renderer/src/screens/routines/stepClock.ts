import { useEffect, useLayoutEffect, useMemo, useRef, useSyncExternalStore, type RefObject } from 'react'
import { usePageVisible } from '../../state/useNow'

/**
 * The wall clock of one player snapshot, read by the few parts of the player that count (the ring's time, the
 * routine's time left, the repetition): a tick re-renders those parts only, and only if what they show changed.
 * Nothing is counted: every value comes from the snapshot's timestamps.
 */
export class StepClock {
  private now: number
  private readonly listeners = new Set<() => void>()

  constructor(
    readonly at: number,
    readonly running: boolean,
  ) {
    this.now = at
  }

  /** What is left of a span the snapshot gave as `ms`, at wall time `now` (by default, the last tick). */
  left(ms: number, now = this.now): number {
    return this.running ? Math.max(0, ms - Math.max(0, now - this.at)) : ms
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  tick(now: number): void {
    this.now = now
    for (const listener of this.listeners) listener()
  }
}

/**
 * A clock for the player's snapshot taken at `snapshotAt`, ticking each time the step's time left crosses a whole
 * second (not on the wall clock's seconds, which would show a step's first second as one short). Only while
 * `running` and the page is visible.
 */
export function useStepClock(running: boolean, snapshotAt: number, remainingMs: number): StepClock {
  const visible = usePageVisible()
  const clock = useMemo(() => new StepClock(snapshotAt, running), [snapshotAt, running])
  useEffect(() => {
    if (!running || !visible) return
    let timer: number
    const tick = (): void => {
      const current = Date.now()
      clock.tick(current)
      const left = clock.left(remainingMs, current)
      timer = window.setTimeout(tick, ((left % 1000) + 1000) % 1000 || 1000)
    }
    tick()
    return () => window.clearTimeout(timer)
  }, [clock, running, visible, remainingMs])
  return clock
}

/** What `read` makes of the clock; the caller re-renders when that value changes, not at every tick. */
export function useCounted<T>(clock: StepClock, read: (clock: StepClock) => T): T {
  return useSyncExternalStore(clock.subscribe, () => read(clock))
}

/**
 * For what changes every second: `show` puts what `read` makes of the clock into the element the returned ref
 * is given, now and at each tick that changes it, straight into the DOM, so a second re-renders nothing. The
 * element's counted content is left to `show` (React renders it empty).
 */
export function useCountedDom<E extends Element, T>(
  clock: StepClock,
  read: (clock: StepClock) => T,
  show: (element: E, value: T) => void,
): RefObject<E | null> {
  const ref = useRef<E>(null)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    let shown: { value: T } | null = null
    const update = (): void => {
      const value = read(clock)
      if (shown && Object.is(shown.value, value)) return
      shown = { value }
      show(element, value)
    }
    update()
    return clock.subscribe(update)
  }, [clock, read, show])
  return ref
}
