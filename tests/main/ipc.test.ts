import { describe, expect, it } from 'vitest'
import { ipcMain } from './fake-electron'
import { setupIpc } from '../../src/main/ipc'
import { Companion } from '../../src/shared/app/companion'
import type { DispatchResult, QueryResult, Snapshot } from '../../src/shared/contract/contract'
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
  const checked: unknown[] = []
  setupIpc(
    companion,
    (url) => url === OURS,
    async (request) => {
      checked.push(request)
      return { ok: true, finding: 'tray-available' }
    },
  )
  return { companion, saved, checked }
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

  it('answers a journal page to our renderer, refuses a bad one in plain words and a query from another frame', async () => {
    const { companion } = serve()
    companion.dispatch({ type: 'logSpasm', payload: { area: 'neck', side: 'left', intensity: 4, trigger: 'stress' } })
    const page = (await ipcMain.invoke('unknot:query', OURS, {
      type: 'journalPage',
      payload: { limit: 20 },
    })) as QueryResult
    expect(page).toMatchObject({
      ok: true,
      answer: { type: 'journalPage', entries: [{ area: 'neck' }], nextCursor: null },
    })
    const bad = (await ipcMain.invoke('unknot:query', OURS, {
      type: 'journalPage',
      payload: { limit: 500 },
    })) as QueryResult
    expect(bad).toMatchObject({ ok: false, error: 'A page holds from 1 to 100 entries.' })
    await expect(
      ipcMain.invoke('unknot:query', 'https://evil.example/', { type: 'journalPage', payload: { limit: 20 } }),
    ).rejects.toThrow(/refused a request from a page it did not load/)
  })

  it("hands our page's desktop checks to the checks, which validate them themselves", async () => {
    const { checked } = serve()
    expect(await ipcMain.invoke('unknot:checkDesktop', OURS, { check: 'tray' })).toEqual({
      ok: true,
      finding: 'tray-available',
    })
    expect(checked).toEqual([{ check: 'tray' }])
  })

  it('rejects a request from another frame with an error and changes nothing', async () => {
    const { companion, saved, checked } = serve()
    const before = companion.getSnapshot()
    await expect(ipcMain.invoke('unknot:dispatch', 'https://evil.example/', { type: 'resetSettings' })).rejects.toThrow(
      /refused a request from a page it did not load/,
    )
    await expect(ipcMain.invoke('unknot:getSnapshot', undefined)).rejects.toThrow(/refused/)
    await expect(ipcMain.invoke('unknot:checkDesktop', 'https://evil.example/', { check: 'tray' })).rejects.toThrow(
      /refused/,
    )
    expect(checked).toEqual([])
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
