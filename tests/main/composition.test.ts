import { afterEach, describe, expect, it, vi } from 'vitest'
import { app, BrowserWindow, ipcMain, protocol, Tray } from './fake-electron'

describe('the composition root (src/main/index.ts) on the fake electron', () => {
  afterEach(() => {
    app.emit('will-quit')
    vi.resetModules()
  })

  it('registers unknot:// before ready, serves the renderer from it and loads the page there, not from file://', async () => {
    await import('../../src/main/index')
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1))

    expect(protocol.privileged.map((entry) => entry.scheme)).toEqual(['unknot'])
    expect(protocol.handlers.has('unknot')).toBe(true)
    const [window] = BrowserWindow.instances
    expect(window?.loadedUrl).toBe('unknot://app/index.html#')
    expect(Tray.instances).toHaveLength(1)
    expect([...ipcMain.handlers.keys()].length).toBeGreaterThan(0)
  })
})
