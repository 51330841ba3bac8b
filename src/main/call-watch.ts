import type { DetectorHealth } from '../shared/contract/contract'
import { sentences, type Message } from '../shared/kernel/message'
import { isInCall, type CallDetector, type CallReading } from './call-detection/call-detector'

/**
 * The idle watch's question "is a call on?", answered by the camera and microphone detector. Whether the detector
 * can tell goes to the core with every answer; the core publishes only a change, so Settings says it once.
 */
export function callReader(
  detector: CallDetector,
  reportHealth: (health: DetectorHealth) => void,
): () => Promise<boolean | 'unknown'> {
  return async () => {
    const reading = await detector.read()
    const answer = isInCall(reading)
    reportHealth(answer === 'unknown' ? { status: 'unknown', reason: whyUnknown(reading) } : { status: 'ok' })
    return answer
  }
}

/** Why the devices could not be read, each reason once (on macOS both devices give the same one). */
function whyUnknown(reading: CallReading): Message {
  const reasons = new Map<string, Message>()
  for (const use of [reading.camera, reading.microphone])
    if (use.state === 'unknown') reasons.set(JSON.stringify(use.reason), use.reason)
  return sentences(...reasons.values())
}
