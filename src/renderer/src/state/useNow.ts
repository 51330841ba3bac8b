import { useEffect, useState, useSyncExternalStore } from 'react'

function subscribeVisibility(listener: () => void): () => void {
  document.addEventListener('visibilitychange', listener)
  return () => document.removeEventListener('visibilitychange', listener)
}

/** True while the page can be seen; hidden pages do no countdown work at all. */
export function usePageVisible(): boolean {
  return useSyncExternalStore(subscribeVisibility, () => document.visibilityState !== 'hidden')
}

/**
 * The wall clock, refreshed on each whole `intervalMs` boundary while `active` and the page is visible (so a
 * countdown ticks exactly on the second, and stops costing anything when nobody can see it).
 */
export function useNow(active: boolean, intervalMs = 1000): number {
  const visible = usePageVisible()
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active || !visible) return
    let timer: number
    const tick = (): void => {
      const current = Date.now()
      setNow(current)
      timer = window.setTimeout(tick, intervalMs - (current % intervalMs) || intervalMs)
    }
    tick()
    return () => window.clearTimeout(timer)
  }, [active, visible, intervalMs])
  return now
}

/**
 * Time left on a countdown the core described at `snapshotAt` (wall ms) as `remainingMs`; while `running` it is
 * counted down locally from the timestamps, never by counting ticks.
 */
export function useCountdown(remainingMs: number, snapshotAt: number, running: boolean): number {
  const now = useNow(running)
  return running ? Math.max(0, remainingMs - Math.max(0, now - snapshotAt)) : remainingMs
}
