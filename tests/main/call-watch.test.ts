import { describe, expect, it } from 'vitest'
import { callReader } from '../../src/main/call-watch'
import type { CallReading } from '../../src/main/call-detection/call-detector'
import type { DetectorHealth } from '../../src/shared/contract/contract'

function detectorAnswering(...readings: CallReading[]) {
  return { read: async () => readings.shift() ?? { camera: { state: 'free' }, microphone: { state: 'free' } } }
}

describe('the call reader the idle watch asks', () => {
  it('answers from the camera and microphone, and tells the core whether the detector can tell', async () => {
    const unknownMic = { state: 'unknown', reason: 'pactl is not installed.' } as const
    const reported: DetectorHealth[] = []
    const read = callReader(
      detectorAnswering(
        { camera: { state: 'free' }, microphone: unknownMic },
        { camera: { state: 'in-use' }, microphone: unknownMic },
        { camera: { state: 'free' }, microphone: { state: 'free' } },
      ),
      (health) => reported.push(health),
    )
    expect(await read()).toBe('unknown')
    expect(await read()).toBe(true)
    expect(await read()).toBe(false)
    expect(reported).toEqual([{ status: 'unknown' }, { status: 'ok' }, { status: 'ok' }])
  })
})
