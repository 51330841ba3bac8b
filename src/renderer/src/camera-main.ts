import type { GlanceRequest } from '../../shared/contract/camera-channels'
import { takeGlance } from './posture/camera'
import { loadFaceFinder, type FaceFinder } from './posture/detector'

/**
 * The desktop's hidden camera page: it takes a glance when main asks and answers with the derived numbers only.
 * The frame stays in this page (see takeGlance); the detector loads at the first glance, again after a failure.
 */
const camera = window.unknotCamera
let finder: Promise<FaceFinder> | null = null

const loadOnce = (): Promise<FaceFinder> => {
  finder ??= loadFaceFinder().catch((error: unknown) => {
    finder = null
    throw error
  })
  return finder
}

async function answer({ id }: GlanceRequest): Promise<void> {
  const outcome = await takeGlance(loadOnce)
  await camera?.sendGlance({ id, ...outcome })
}

camera?.onGlanceRequest((request) => void answer(request))
