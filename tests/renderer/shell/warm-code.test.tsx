import { cleanup, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useWarmCode } from '../../../src/renderer/src/shell/useWarmCode'

/** The browser's idle callbacks, run only when the test says the page is idle. */
let idle: Array<() => void> = []
let visibility: DocumentVisibilityState = 'visible'

beforeEach(() => {
  idle = []
  visibility = 'visible'
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback))
  vi.stubGlobal('cancelIdleCallback', (id: number) => (idle[id - 1] = () => {}))
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility)
})

afterEach(() => {
  cleanup() // before the browser's idle callbacks go back to jsdom's (which has none)
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

/** Lets a fetch that just started settle, so the next idle moment is asked for. */
async function flush(): Promise<void> {
  await Promise.resolve()
  await Promise.resolve()
}

async function idleMoment(): Promise<void> {
  const callbacks = idle
  idle = []
  for (const callback of callbacks) callback()
  await flush()
}

function recordingLoads(names: string[]) {
  const loaded: string[] = []
  const loads = names.map((name) => () => {
    loaded.push(name)
    return name === 'broken' ? Promise.reject(new Error('offline')) : Promise.resolve()
  })
  return { loaded, loads }
}

describe('code fetched in the background after the start', () => {
  it('waits for the start, fetches the first piece at once, then one per idle moment, in order, past a failure', async () => {
    const { loaded, loads } = recordingLoads(['journal', 'broken', 'settings'])
    const { rerender } = renderHook(({ ready }) => useWarmCode(ready, loads), { initialProps: { ready: false } })
    await idleMoment()
    expect(loaded).toEqual([])

    rerender({ ready: true })
    expect(loaded).toEqual(['journal'])
    await flush()
    await idleMoment()
    expect(loaded).toEqual(['journal', 'broken'])
    await idleMoment()
    expect(loaded).toEqual(['journal', 'broken', 'settings'])
  })

  it('fetches nothing while the page is hidden, and goes on when it shows', async () => {
    visibility = 'hidden'
    const { loaded, loads } = recordingLoads(['journal', 'settings'])
    renderHook(() => useWarmCode(true, loads))
    await idleMoment()
    expect(idle).toEqual([])
    expect(loaded).toEqual([])

    visibility = 'visible'
    document.dispatchEvent(new Event('visibilitychange'))
    expect(loaded).toEqual(['journal'])

    await flush()
    visibility = 'hidden'
    await idleMoment()
    expect(loaded).toEqual(['journal'])
    visibility = 'visible'
    document.dispatchEvent(new Event('visibilitychange'))
    expect(loaded).toEqual(['journal', 'settings'])
  })

  it('stops when the app goes away', async () => {
    const { loaded, loads } = recordingLoads(['journal', 'settings', 'routines'])
    const { unmount } = renderHook(() => useWarmCode(true, loads))
    await flush()
    await idleMoment()
    expect(loaded).toEqual(['journal', 'settings'])
    unmount()
    await idleMoment()
    expect(loaded).toEqual(['journal', 'settings'])
  })
})
