import { useEffect, useState } from 'react'
import { usePageVisible } from '../../state/useNow'

/**
 * The wall clock for the player's countdown, refreshed each time the step's time left crosses a whole second
 * (not on the wall clock's seconds, which would show a step's first second as one short). Only while `running`
 * and the page is visible; nothing is counted, every value comes from the snapshot's timestamps.
 */
export function useStepClock(running: boolean, snapshotAt: number, remainingMs: number): number {
  const visible = usePageVisible()
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!running || !visible) return
    let timer: number
    const tick = (): void => {
      const current = Date.now()
      setNow(current)
      const left = remainingMs - Math.max(0, current - snapshotAt)
      timer = window.setTimeout(tick, ((left % 1000) + 1000) % 1000 || 1000)
    }
    tick()
    return () => window.clearTimeout(timer)
  }, [running, visible, snapshotAt, remainingMs])
  return now
}
