import { describe, expect, it } from 'vitest'
import { ipcMain } from './fake-electron'
import { setupIpc } from '../../src/main/ipc'
import { Companion } from '../../src/shared/app/companion'
import type { DispatchResult, Snapshot } from '../../src/shared/contract/contract'
import { MemoryRecords, MemoryStore } from '../support/memory-store'
import { ManualClock } from '../support/manual-clock'

const OURS = 'file:///app/out/renderer/index.html'

function serve() {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 9))
  const settings = new MemoryStore()
  const saved = settings.writes
  const companion = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'UTC',
    stores: { settings, data: new MemoryRecords() },
  })
  setupIpc(companion, (url) => url === OURS)
  return { companion, saved }
}

describe('ipc serves the contract to our page only', () => {
  it('answers snapshot and dispatch requests from our renderer', async () => {
    const { saved } = serve()
    const snapshot = (await ipcMain.invoke('unknot:getSnapshot', OURS)) as Snapshot
    expect(snapshot.settings.sound.chimes).toBe(true)
    const result = (await ipcMain.invoke('unknot:dispatch', OURS, {
      type: 'updateSettings',
      payload: { patch: { sound: { chimes: false } } },
    })) as DispatchResult
    expect(result).toEqual({ ok: true, revision: snapshot.revision + 1, events: [] })
    const after = (await ipcMain.invoke('unknot:getSnapshot', OURS)) as Snapshot
    expect(after.settings.sound.chimes).toBe(false)
    expect(saved).toHaveLength(1)
  })

  it('rejects a request from another frame with an error and changes nothing', async () => {
    const { companion, saved } = serve()
    const before = companion.getSnapshot()
    await expect(ipcMain.invoke('unknot:dispatch', 'https://evil.example/', { type: 'resetSettings' })).rejects.toThrow(
      /refused a request from a page it did not load/,
    )
    await expect(ipcMain.invoke('unknot:getSnapshot', undefined)).rejects.toThrow(/refused/)
    expect(companion.getSnapshot()).toBe(before)
    expect(saved).toHaveLength(0)
  })

  it('rejects malformed payloads with a readable error and changes nothing', async () => {
    const { companion, saved } = serve()
    const before = companion.getSnapshot()
    const payloads: unknown[] = [
      null,
      42,
      'resetSettings',
      { type: 'noSuchCommand' },
      { type: 'updateSettings' },
      { type: 'updateSettings', payload: { patch: [] } },
      { type: 'updateSettings', payload: { patch: { sound: { volume: 7 } } } },
      { type: 'resetSettings', extra: true },
      { type: 'resetSettings', payload: { extra: true } },
      { type: 'rateSession', payload: { rating: 11 } },
    ]
    for (const payload of payloads) {
      const result = (await ipcMain.invoke('unknot:dispatch', OURS, payload)) as DispatchResult
      expect(result.ok, JSON.stringify(payload)).toBe(false)
      if (!result.ok) expect(result.error.length).toBeGreaterThan(10)
    }
    expect(companion.getSnapshot()).toBe(before)
    expect(saved).toHaveLength(0)
  })
})
