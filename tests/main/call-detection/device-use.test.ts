import { describe, expect, it } from 'vitest'
import { isInCall, type DeviceUse } from '../../../src/main/call-detection/device-use'

const inUse: DeviceUse = { state: 'in-use' }
const free: DeviceUse = { state: 'free' }
const unknown: DeviceUse = {
  state: 'unknown',
  reason: { text: '{{program}} is not installed.', values: { program: 'pactl' } },
}

describe('isInCall', () => {
  it('is a call when either device is in use, whatever the other says', () => {
    expect(isInCall({ camera: inUse, microphone: free })).toBe(true)
    expect(isInCall({ camera: free, microphone: inUse })).toBe(true)
    expect(isInCall({ camera: unknown, microphone: inUse })).toBe(true)
    expect(isInCall({ camera: inUse, microphone: unknown })).toBe(true)
  })

  it('is no call only when both devices are known to be free', () => {
    expect(isInCall({ camera: free, microphone: free })).toBe(false)
  })

  it('is unknown when nothing is in use but a device could not be read', () => {
    expect(isInCall({ camera: free, microphone: unknown })).toBe('unknown')
    expect(isInCall({ camera: unknown, microphone: free })).toBe('unknown')
    expect(isInCall({ camera: unknown, microphone: unknown })).toBe('unknown')
  })
})
