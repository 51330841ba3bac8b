import type { DetectorHealth } from '../shared/contract/contract'
import { isInCall, type CallDetector } from './call-detection/call-detector'

/**
 * The idle watch's question "is a call on?", answered by the camera and microphone detector. Whether the detector
 * can tell goes to the core with every answer; the core publishes only a change, so Settings says it once.
 */
export function callReader(
  detector: CallDetector,
  reportHealth: (health: DetectorHealth) => void,
): () => Promise<boolean | 'unknown'> {
  return async () => {
    const answer = isInCall(await detector.read())
    reportHealth({ status: answer === 'unknown' ? 'unknown' : 'ok' })
    return answer
  }
}
