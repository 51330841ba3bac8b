import type { RefObject } from 'react'
import { TYPING, useKeyShortcuts } from '../../state/useKeyShortcuts'

export interface PlayerKeyActions {
  toggle: () => void
  back: () => void
  skip: () => void
  end: () => void
}

/** Space already means "press" on these; the player's shortcut must not fire a second action. */
const PRESSABLE = `button, a[href], summary, [role="button"], [role="radio"], [role="checkbox"], ${TYPING}`

/**
 * Space pause/resume, → skip, ← back, Esc end (unless `escape` is false: a break screen keeps Esc for the break):
 * only while `enabled`, never while typing, and never for a player under a page made inert (a break screen on top).
 */
export function usePlayerKeys(
  enabled: boolean,
  actions: PlayerKeyActions,
  scope: RefObject<Element | null>,
  escape = true,
): void {
  useKeyShortcuts(enabled, (event, target) => {
    if (scope.current?.closest('[inert]')) return null
    const action = actionFor(event.key, target)
    if (action === 'end' && !escape) return null
    return action ? actions[action] : null
  })
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
