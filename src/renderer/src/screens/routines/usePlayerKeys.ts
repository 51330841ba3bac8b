import { useEffect, useRef } from 'react'

export interface PlayerKeyActions {
  toggle: () => void
  back: () => void
  skip: () => void
  end: () => void
}

const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]'
/** Space already means "press" on these; the player's shortcut must not fire a second action. */
const PRESSABLE = `button, a[href], summary, [role="button"], [role="radio"], [role="checkbox"], ${TYPING}`

/** Space pause/resume, → skip, ← back, Esc end: only while `enabled`, never while typing. */
export function usePlayerKeys(enabled: boolean, actions: PlayerKeyActions): void {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  }, [actions])
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      const target = event.target instanceof Element ? event.target : null
      if (target?.closest(TYPING)) return
      const action = actionFor(event.key, target)
      if (!action) return
      event.preventDefault()
      latest.current[action]()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}

function actionFor(key: string, target: Element | null): keyof PlayerKeyActions | null {
  switch (key) {
    case ' ':
    case 'Spacebar':
      return target?.closest(PRESSABLE) ? null : 'toggle'
    case 'ArrowRight':
      return 'skip'
    case 'ArrowLeft':
      return 'back'
    case 'Escape':
      return 'end'
    default:
      return null
  }
}
