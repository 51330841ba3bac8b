import { useEffect, useRef } from 'react'

export const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]'

type Pick = (event: KeyboardEvent, target: Element | null) => (() => void) | null

/**
 * Page-wide single-key shortcuts, only while `enabled`, never while typing or with a modifier held. `pick` names
 * the action for a key press (null: not ours); the latest one is used without subscribing again.
 */
export function useKeyShortcuts(enabled: boolean, pick: Pick): void {
  const latest = useRef(pick)
  useEffect(() => {
    latest.current = pick
  }, [pick])
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      const target = event.target instanceof Element ? event.target : null
      if (target?.closest(TYPING)) return
      const action = latest.current(event, target)
      if (!action) return
      event.preventDefault()
      action()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}
