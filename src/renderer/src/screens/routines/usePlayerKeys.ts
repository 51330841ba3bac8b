import { TYPING, useKeyShortcuts } from '../../state/useKeyShortcuts'

export interface PlayerKeyActions {
  toggle: () => void
  back: () => void
  skip: () => void
  end: () => void
}

/** Space already means "press" on these; the player's shortcut must not fire a second action. */
const PRESSABLE = `button, a[href], summary, [role="button"], [role="radio"], [role="checkbox"], ${TYPING}`

/** Space pause/resume, → skip, ← back, Esc end: only while `enabled`, never while typing. */
export function usePlayerKeys(enabled: boolean, actions: PlayerKeyActions): void {
  useKeyShortcuts(enabled, (event, target) => {
    const action = actionFor(event.key, target)
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
