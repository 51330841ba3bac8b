import { afterEach, describe, expect, it } from 'vitest'
import type { Snapshot, UnknotApi } from '../../src/shared/contract/contract'
import { SnapshotStore } from '../../src/renderer/src/state/snapshot-store'

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  document.dispatchEvent(new Event('visibilitychange'))
}

const snap = (revision: number) => ({ revision }) as Snapshot
const api = { on: () => () => undefined, getSnapshot: () => new Promise(() => undefined) } as unknown as UnknotApi

describe('snapshot store', () => {
  afterEach(() => setVisibility('visible'))

  it('drops stale snapshots', () => {
    const store = new SnapshotStore(api)
    store.accept(snap(3))
    store.accept(snap(2))
    expect(store.get()?.revision).toBe(3)
  })

  it('renders nothing while the page is hidden, then the newest snapshot once it is seen', () => {
    const store = new SnapshotStore(api)
    const stop = store.start()
    let renders = 0
    store.subscribe(() => renders++)
    store.accept(snap(1))
    setVisibility('hidden')
    store.accept(snap(2))
    store.accept(snap(3))
    expect(renders).toBe(1)
    expect(store.get()?.revision).toBe(1)
    setVisibility('visible')
    expect(renders).toBe(2)
    expect(store.get()?.revision).toBe(3)
    stop()
  })
})
