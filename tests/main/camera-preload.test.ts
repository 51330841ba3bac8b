import { beforeAll, describe, expect, it } from 'vitest'
import { contextBridge, ipcRenderer } from './fake-electron'
import {
  CAMERA_GLANCE_REQUEST,
  CAMERA_GLANCE_RESULT,
  type CameraApi,
  type GlanceRequest,
} from '../../src/shared/contract/camera-channels'

// The preload runs once, at import; what it exposed is captured before the per-test reset of the fake.
let exposedKeys: string[] = []
let api: CameraApi

beforeAll(async () => {
  await import('../../src/preload/camera')
  exposedKeys = [...contextBridge.exposed.keys()]
  const exposed = contextBridge.exposed.get('unknotCamera') as CameraApi | undefined
  if (!exposed) throw new Error('the camera preload exposed nothing as window.unknotCamera')
  api = exposed
})

describe('the camera window’s preload', () => {
  it('exposes only the glance channel: no commands, no snapshot, no window.unknot', () => {
    expect(exposedKeys).toEqual(['unknotCamera'])
    expect(Object.keys(api).sort()).toEqual(['onGlanceRequest', 'sendGlance'])
  })

  it('hands the page each glance request until it unsubscribes', () => {
    const heard: number[] = []
    const unsubscribe = api.onGlanceRequest(({ id }) => heard.push(id))
    ipcRenderer.emit(CAMERA_GLANCE_REQUEST, {}, { id: 3 } satisfies GlanceRequest)
    unsubscribe()
    ipcRenderer.emit(CAMERA_GLANCE_REQUEST, {}, { id: 4 } satisfies GlanceRequest)
    expect(heard).toEqual([3])
    expect(ipcRenderer.listenerCount(CAMERA_GLANCE_REQUEST)).toBe(0)
  })

  it('sends the answer on the result channel', async () => {
    await api.sendGlance({ id: 3, ok: true, face: null })
    expect(ipcRenderer.invoked).toEqual([{ channel: CAMERA_GLANCE_RESULT, args: [{ id: 3, ok: true, face: null }] }])
  })
})
