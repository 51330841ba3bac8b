import { useEffect } from 'react'

/**
 * Once the start is done (`ready`), fetches code not shown yet (`loads`, in order) one at a time in idle moments, so
 * a later click does not wait on it. Nothing is fetched while the page is hidden (the window in the tray); it goes on
 * when the page shows. Where the browser has no idle callback, a screen's code loads when its link is pointed at or
 * opened. A failed fetch is left for the screen to retry when it opens.
 */
export function useWarmCode(ready: boolean, loads: ReadonlyArray<() => Promise<unknown>>): void {
  useEffect(() => {
    if (!ready || typeof requestIdleCallback !== 'function') return
    const queue = [...loads]
    let stopped = false
    let cancel = () => {}
    const next = () => {
      const load = queue.shift()
      if (stopped || !load) return
      cancel = whenIdleAndShown(() => {
        load().then(next, next)
      })
    }
    next()
    return () => {
      stopped = true
      cancel()
    }
  }, [ready, loads])
}

/** Runs `work` in the first idle moment while the page is shown; returns what cancels it. */
function whenIdleAndShown(work: () => void): () => void {
  let cancel = () => {}
  const wait = () => {
    if (document.visibilityState === 'hidden') {
      document.addEventListener('visibilitychange', wait, { once: true })
      cancel = () => document.removeEventListener('visibilitychange', wait)
      return
    }
    const id = requestIdleCallback(() => (document.visibilityState === 'hidden' ? wait() : work()))
    cancel = () => cancelIdleCallback(id)
  }
  wait()
  return () => cancel()
}
