import { useEffect, useRef } from 'react'

/** How long a strict break's early exit must be held: effort on purpose, not a reflex. */
export const HOLD_MS = 3000

/**
 * Runs `action` once Esc (or the returned start/stop, from a button) has been held for `HOLD_MS`; letting go
 * earlier cancels it. `action` null: nothing to hold for.
 */
export function useHold(action: (() => void) | null): { start: () => void; stop: () => void } {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const latest = useRef(action)
  useEffect(() => {
    latest.current = action
  }, [action])
  const stop = () => {
    if (timer.current !== null) clearTimeout(timer.current)
    timer.current = null
  }
  const start = () => {
    if (timer.current !== null || !latest.current) return
    timer.current = setTimeout(() => {
      timer.current = null
      latest.current?.()
    }, HOLD_MS)
  }
  useEffect(() => {
    if (!action) return
    const down = (event: KeyboardEvent) => event.key === 'Escape' && start()
    const up = (event: KeyboardEvent) => event.key === 'Escape' && stop()
    window.addEventListener('keydown', down)
    window.addEventListener('keyup', up)
    return () => {
      window.removeEventListener('keydown', down)
      window.removeEventListener('keyup', up)
      stop()
    }
  }, [action])
  return { start, stop }
}
