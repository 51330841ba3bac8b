import { describe, expect, it } from 'vitest'
import { callReader } from '../../src/main/call-watch'
import { MACOS_REASON, type CallReading } from '../../src/main/call-detection/call-detector'
import type { DetectorHealth } from '../../src/shared/contract/contract'
import { english } from './call-detection/fake-runner'

function detectorAnswering(...readings: CallReading[]) {
  return { read: async () => readings.shift() ?? { camera: { state: 'free' }, microphone: { state: 'free' } } }
}

const noPactl = { text: '{{program}} is not installed.', values: { program: 'pactl' } }

describe('the call reader the idle watch asks', () => {
  it('answers from the camera and microphone, and tells the core whether the detector can tell, and why not', async () => {
    const unknownMic = { state: 'unknown', reason: noPactl } as const
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
    expect(reported).toEqual([{ status: 'unknown', reason: noPactl }, { status: 'ok' }, { status: 'ok' }])
  })

  it('gives each reason once, and both when the devices fail differently', async () => {
    const reported: DetectorHealth[] = []
    const macos = { state: 'unknown', reason: MACOS_REASON } as const
    const late = { text: 'The camera check gave no answer in {{seconds}} s.', values: { seconds: 5 } }
    const read = callReader(
      detectorAnswering(
        { camera: macos, microphone: macos },
        { camera: { state: 'unknown', reason: late }, microphone: { state: 'unknown', reason: noPactl } },
      ),
      (health) => reported.push(health),
    )
    await read()
    await read()
    expect(reported.map((health) => health.reason && english(health.reason))).toEqual([
      'macOS tells which program uses the camera or microphone only to native code, which Unknot does not ship.',
      'The camera check gave no answer in 5 s. pactl is not installed.',
    ])
  })
})
