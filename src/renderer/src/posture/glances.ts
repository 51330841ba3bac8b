import type { HostInput, Snapshot } from '../../../shared/contract/contract'
import { GlanceLoop } from '../../../shared/hosting/glance-loop'
import type { Timers } from '../../../shared/kernel/time'
import { takeGlance } from './camera'
import { loadFaceFinder, type FaceFinder } from './detector'

/**
 * Glances from this page while the snapshot asks for them. The detector's chunk is fetched at the first glance
 * only, so a person who never turns the camera on never loads it; a failed load is tried again next time.
 */
export function watchCamera(
  timers: Timers,
  snapshots: { getSnapshot(): Snapshot; subscribe(listener: (snapshot: Snapshot) => void): () => void },
  report: (input: HostInput) => void,
): () => void {
  let finder: Promise<FaceFinder> | null = null
  const loadOnce = () => {
    finder ??= loadFaceFinder().catch((error: unknown) => {
      finder = null
      throw error
    })
    return finder
  }
  const loop = new GlanceLoop(timers, () => takeGlance(loadOnce), report)
  loop.update(snapshots.getSnapshot().posture)
  const unsubscribe = snapshots.subscribe((snapshot) => loop.update(snapshot.posture))
  return () => {
    unsubscribe()
    loop.dispose()
  }
}
