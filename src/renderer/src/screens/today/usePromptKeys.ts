import { useEffect, useRef } from 'react'

export interface PromptKeyActions {
  start: () => void
  snooze: (() => void) | null
  skip: () => void
}

const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]'

/** S start, Z snooze 10 minutes, K skip: only while the prompt shows, never while typing or with a modifier. */
export function usePromptKeys(enabled: boolean, actions: PromptKeyActions): void {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  }, [actions])
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return
      if (event.target instanceof Element && event.target.closest(TYPING)) return
      const key = event.key.toLowerCase()
      const action =
        key === 's'
          ? latest.current.start
          : key === 'z'
            ? latest.current.snooze
            : key === 'k'
              ? latest.current.skip
              : null
      if (!action) return
      event.preventDefault()
      action()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}
