import { useEffect } from 'react'

/**
 * Once the start is done (`ready`), fetches code not shown yet (`loads`, in order) one at a time, so a later click
 * does not wait on it: the first at once (the screen most often opened next, which a click right after the start
 * would otherwise wait for), each of the others in an idle moment. Nothing is fetched while the page is hidden (the
 * window in the tray); it goes on when the page shows. Where the browser has no idle callback, a screen's code
 * loads when its link is pointed at or opened. A failed fetch is left for the screen to retry when it opens.
 */
export function useWarmCode(ready: boolean, loads: ReadonlyArray<() => Promise<unknown>>): void {
  useEffect(() => {
    if (!ready || typeof requestIdleCallback !== 'function') return
    const queue = [...loads]
    let stopped = false
    let idle: number | undefined
    let onShow: (() => void) | undefined
    const shown = () => document.visibilityState !== 'hidden'
    const whenShown = (work: () => void) => (shown() ? work() : (onShow = work))
    const showing = () => {
      const work = onShow
      if (!shown() || !work) return
      onShow = undefined
      work()
    }
    const fetchNext = () => {
      const load = queue.shift()
      if (!load) return
      const afterFetch = () => {
        if (stopped) return
        idle = requestIdleCallback(() => whenShown(fetchNext))
      }
      load().then(afterFetch, afterFetch)
    }
    document.addEventListener('visibilitychange', showing)
    whenShown(fetchNext)
    return () => {
      stopped = true
      document.removeEventListener('visibilitychange', showing)
      if (idle !== undefined) cancelIdleCallback(idle)
    }
  }, [ready, loads])
}
