import { useEffect } from 'react'
import { BreakCover } from '../screens/break-screen/on-first-use'
import { SCREEN_CODE } from '../screens/ScreenView'

/**
 * Once the start is done (`ready`), fetches a break's cover and the other screens' code one at a time in idle moments, so a later click
 * does not wait on it. Nothing is fetched while the page is hidden (the window in the tray); it resumes when the page
 * shows. Where the browser has no idle callback, a screen's code loads when its link is pointed at or opened.
 */
export function useWarmScreens(ready: boolean): void {
  useEffect(() => {
    if (!ready || typeof requestIdleCallback !== 'function') return
    const queue = [BreakCover.load, ...Object.values(SCREEN_CODE)]
    let stopped = false
    let cancel = () => {}
    const next = () => {
      const load = queue.shift()
      if (stopped || !load) return
      cancel = whenIdleAndShown(
        () =>
          void load()
            .catch(() => undefined)
            .finally(next),
      )
    }
    next()
    return () => {
      stopped = true
      cancel()
    }
  }, [ready])
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
