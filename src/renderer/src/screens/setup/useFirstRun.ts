import { useEffect, useRef } from 'react'
import type { Screen, Snapshot } from '../../../../shared/contract/contract'

/** On a start with the setup not done yet, the setup opens once; the person may still leave it for any screen. */
export function useFirstRun(snapshot: Snapshot | undefined, screen: Screen, go: (screen: Screen) => void): void {
  const decided = useRef(false)
  useEffect(() => {
    if (!snapshot || decided.current) return
    decided.current = true
    if (!snapshot.settings.setupDone && screen !== 'setup') go('setup')
  }, [snapshot, screen, go])
}
