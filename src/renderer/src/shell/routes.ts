import { useCallback, useSyncExternalStore } from 'react'
import { SCREENS, type Screen } from '../../../shared/contract/screens'

export function screenFromHash(hash: string): Screen {
  const name = hash.replace(/^#\/?/, '').split('/')[0] ?? ''
  return (SCREENS as readonly string[]).includes(name) ? (name as Screen) : 'today'
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

/**
 * The screen in the address the page was loaded with: the browser keeps it in the page's navigation entry, so a link
 * followed before any of our code ran does not change it.
 */
export function openedOnScreen(): Screen {
  const [loaded] = performance.getEntriesByType('navigation')
  return screenFromHash(loaded ? new URL(loaded.name).hash : window.location.hash)
}

/** The screen index.html's frame is rendered for at build time (see `frameMarkup`). */
export const FRAME_SHELL_SCREEN: Screen = 'today'

/**
 * The current screen lives in the URL hash, so reloads, back/forward and deep links all work. While the frame shipped
 * in index.html is hydrated, the screen is the one it was rendered for; React then moves to the hash's screen.
 */
export function useScreen(): [Screen, (screen: Screen) => void] {
  const screen = useSyncExternalStore(
    subscribe,
    () => screenFromHash(window.location.hash),
    () => FRAME_SHELL_SCREEN,
  )
  const go = useCallback((next: Screen) => {
    window.location.hash = `#/${next}`
  }, [])
  return [screen, go]
}
