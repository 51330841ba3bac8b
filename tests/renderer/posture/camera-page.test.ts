import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { CameraApi, GlanceRequest, GlanceResult } from '../../../src/shared/contract/camera-channels'
import type { GlanceOutcome } from '../../../src/shared/hosting/glance-loop'
import type { FaceFinder } from '../../../src/renderer/src/posture/detector'

const FACE = { x: 0.5, y: 0.4, size: 0.3, roll: -3 }

const glance = vi.hoisted(() => ({
  outcome: { ok: true, face: null } as GlanceOutcome,
  loaders: [] as Array<() => Promise<FaceFinder>>,
}))
const loadFaceFinder = vi.hoisted(() => vi.fn<() => Promise<FaceFinder>>())

vi.mock('../../../src/renderer/src/posture/camera', () => ({
  takeGlance: async (finder: () => Promise<FaceFinder>) => {
    glance.loaders.push(finder)
    return glance.outcome
  },
}))
vi.mock('../../../src/renderer/src/posture/detector', () => ({ loadFaceFinder }))

let deliver: (result: GlanceResult) => void = () => undefined
/** The page's next answer, as main will receive it. */
const nextAnswer = () => new Promise<GlanceResult>((resolve) => (deliver = resolve))
let request: (request: GlanceRequest) => void = () => undefined

beforeAll(async () => {
  const camera: CameraApi = {
    onGlanceRequest: (listener) => {
      request = listener
      return () => undefined
    },
    sendGlance: async (result) => deliver(result),
  }
  window.unknotCamera = camera
  await import('../../../src/renderer/src/camera-main')
})

describe('the desktop’s hidden camera page', () => {
  it('answers each request with the glance’s numbers under the request’s id', async () => {
    glance.outcome = { ok: true, face: FACE }
    const first = nextAnswer()
    request({ id: 7 })
    expect(await first).toEqual({ id: 7, ok: true, face: FACE })
    glance.outcome = { ok: false, problem: 'denied' }
    const second = nextAnswer()
    request({ id: 8 })
    expect(await second).toEqual({ id: 8, ok: false, problem: 'denied' })
  })

  it('loads the detector once, and again only after a failed load', async () => {
    const finder: FaceFinder = async () => FACE
    loadFaceFinder.mockReset()
    loadFaceFinder.mockRejectedValueOnce(new Error('no models')).mockResolvedValue(finder)
    const load = glance.loaders.at(-1)
    if (!load) throw new Error('no glance was taken')
    await expect(load()).rejects.toThrow('no models')
    expect(await load()).toBe(finder)
    expect(await load()).toBe(finder)
    expect(loadFaceFinder).toHaveBeenCalledTimes(2)
  })
})
