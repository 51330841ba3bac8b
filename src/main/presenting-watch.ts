import type { DetectorHealth } from '../shared/contract/contract'
import type { PresentingReading } from './call-detection/presenting-x11'
import type { DetectorRead } from './idle'

/**
 * The idle watch's question "is someone presenting?", answered by the fullscreen detector. Whether it can tell (and
 * why not) goes to the core with every answer; the core publishes only a change, so Settings says it once.
 *
 * A presentation holds breaks only while it is seen: when the check stops answering (xprop gone, a display that
 * went away), the answer is "not presenting", so a failing check can never hold every break from then on.
 */
export function presentingReader(
  read: () => Promise<PresentingReading>,
  reportHealth: (health: DetectorHealth) => void,
): DetectorRead {
  return async () => {
    const reading = await read()
    if (reading.presenting === 'unknown') {
      reportHealth({ status: 'unknown', reason: reading.reason })
      return false
    }
    reportHealth({ status: 'ok' })
    return reading.presenting
  }
}
