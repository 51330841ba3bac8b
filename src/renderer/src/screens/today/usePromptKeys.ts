import { useKeyShortcuts } from '../../state/useKeyShortcuts'

export interface PromptKeyActions {
  start: () => void
  snooze: (() => void) | null
  skip: (() => void) | null
}

/** S start, Z snooze (the longest length offered), K skip: only while the prompt shows, never while typing or with a modifier. */
export function usePromptKeys(enabled: boolean, actions: PromptKeyActions): void {
  useKeyShortcuts(enabled, (event) => {
    if (event.repeat) return null
    switch (event.key.toLowerCase()) {
      case 's':
        return actions.start
      case 'z':
        return actions.snooze
      case 'k':
        return actions.skip
      default:
        return null
    }
  })
}
