import type { CameraProblem, FaceReading } from '../posture'

/**
 * The desktop's hidden camera window and the main process speak over these two channels only: main asks for a
 * glance, the page answers with its derived numbers. Kept free of any import at run time, like `channels.ts`, so
 * the camera's own preload bundles nothing more; `camera-glance.ts` validates every answer in main.
 */
export const CAMERA_GLANCE_REQUEST = 'unknot:camera:glance-request'
export const CAMERA_GLANCE_RESULT = 'unknot:camera:glance-result'

/** Main's request: which glance this is, so a late answer to an abandoned one is recognised and dropped. */
export interface GlanceRequest {
  id: number
}

/** The page's answer: the face's numbers (null for nobody) or why no glance could be taken. Never a frame. */
export type GlanceResult =
  { id: number; ok: true; face: FaceReading | null } | { id: number; ok: false; problem: CameraProblem }

/** What the camera window's preload offers its page (`window.unknotCamera`), and nothing else. */
export interface CameraApi {
  onGlanceRequest(listener: (request: GlanceRequest) => void): () => void
  sendGlance(result: GlanceResult): Promise<void>
}
