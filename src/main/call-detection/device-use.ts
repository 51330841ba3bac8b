import type { Message } from '../../shared/kernel/message'

/** What one detector knows about one device: in use by another program, free, or unknown (and why, translatable). */
export type DeviceUse = { state: 'in-use' | 'free' } | { state: 'unknown'; reason: Message }

export interface CallReading {
  camera: DeviceUse
  microphone: DeviceUse
}

export const IN_USE: DeviceUse = { state: 'in-use' }
export const FREE: DeviceUse = { state: 'free' }

export function unknownUse(reason: Message): DeviceUse {
  return { state: 'unknown', reason }
}

/**
 * In a call when either device is in use: a camera or a microphone alone is enough (a muted call still holds the
 * camera, an audio-only call holds the microphone). When neither is seen in use, one device we could not read
 * makes the answer 'unknown' rather than false: the host then falls back to what it knows without detection.
 */
export function isInCall(reading: CallReading): boolean | 'unknown' {
  const uses = [reading.camera, reading.microphone]
  if (uses.some((use) => use.state === 'in-use')) return true
  if (uses.some((use) => use.state === 'unknown')) return 'unknown'
  return false
}
