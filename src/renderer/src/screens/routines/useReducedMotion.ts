import { useSyncExternalStore } from 'react'

const QUERY = '(prefers-reduced-motion: reduce)'

function motionQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null
}

function subscribe(listener: () => void): () => void {
  const query = motionQuery()
  query?.addEventListener('change', listener)
  return () => query?.removeEventListener('change', listener)
}

/** True when the person asked their system for less motion (follows a change while the page is open). */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => motionQuery()?.matches ?? false)
}
