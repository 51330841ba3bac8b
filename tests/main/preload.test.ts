import { beforeAll, describe, expect, it } from 'vitest'
import { contextBridge, ipcRenderer } from './fake-electron'
import type { Snapshot, UnknotApi } from '../../src/shared/contract/contract'

// The preload runs once, at import; what it exposed is captured before the per-test reset of the fake.
let exposedKeys: string[] = []
let api: UnknotApi

beforeAll(async () => {
  await import('../../src/preload/index')
  exposedKeys = [...contextBridge.exposed.keys()]
  const exposed = contextBridge.exposed.get('unknot') as UnknotApi | undefined
  if (!exposed) throw new Error('preload exposed nothing as window.unknot')
  api = exposed
})

describe('preload', () => {
  it('exposes exactly the contract as window.unknot and nothing else', () => {
    expect(exposedKeys).toEqual(['unknot'])
    expect(Object.keys(api).sort()).toEqual(['dispatch', 'getSnapshot', 'on', 'query'])
  })

  it('sends requests on the contract channels', async () => {
    await api.dispatch({ type: 'resetSettings' })
    await api.getSnapshot()
    await api.query({ type: 'journalPage', payload: { limit: 20 } })
    expect(ipcRenderer.invoked).toEqual([
      { channel: 'unknot:dispatch', args: [{ type: 'resetSettings' }] },
      { channel: 'unknot:getSnapshot', args: [] },
      { channel: 'unknot:query', args: [{ type: 'journalPage', payload: { limit: 20 } }] },
    ])
  })

  it('subscriptions return their own unsubscribe and refuse unknown events', () => {
    const seen: number[] = []
    const unsubscribe = api.on('snapshot', (snapshot) => seen.push(snapshot.revision))
    ipcRenderer.emit('unknot:snapshot', {}, { revision: 4 } as Snapshot)
    unsubscribe()
    ipcRenderer.emit('unknot:snapshot', {}, { revision: 5 } as Snapshot)
    expect(seen).toEqual([4])
    expect(ipcRenderer.listenerCount('unknot:snapshot')).toBe(0)
    expect(() => api.on('bogus' as 'snapshot', () => undefined)).toThrow(/no event called "bogus"/)
  })
})
