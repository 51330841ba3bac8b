import { useSyncExternalStore } from 'react'

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

function readHash(): string {
  return window.location.hash
}

/**
 * The parts of the hash after the screen name: `#/learn/quick-relief/heat` gives ['quick-relief', 'heat'].
 * The shell's router reads only the first segment, so a screen reads the rest itself.
 */
export function useHashPath(): string[] {
  const hash = useSyncExternalStore(subscribe, readHash)
  return hash
    .replace(/^#\/?/, '')
    .split('/')
    .slice(1)
    .filter((part) => part !== '')
    .map((part) => decodeURIComponent(part))
}
