import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as FakeElectron from './fake-electron'
import { PATIENTLY } from './patience'

async function fakeElectron(): Promise<typeof FakeElectron> {
  return (await import('electron')) as unknown as typeof FakeElectron
}

/** Starts src/main/index.ts afresh on the fake electron, keeping the user data folder (so a later run sees it). */
async function start() {
  const fake = await fakeElectron()
  fake.resetFakeElectron()
  await import('../../src/main/index')
  await vi.waitFor(() => expect(fake.Tray.instances).toHaveLength(1), PATIENTLY)
  return fake
}

async function quit() {
  const { app } = await fakeElectron()
  app.emit('will-quit')
  vi.resetModules()
}

describe('which window a start opens', () => {
  // A profile that has never been started: no settings file in the (fake) user data folder.
  beforeEach(async () => {
    const { app } = await fakeElectron()
    for (const file of ['unknot-settings.json', 'unknot-settings.backup.json'])
      rmSync(join(app.userData, file), { force: true })
  })
  afterEach(quit)

  it('the first run opens the window (the setup is there); a run after the setup starts in the tray only', async () => {
    const first = await start()
    await vi.waitFor(() => expect(first.BrowserWindow.instances).toHaveLength(1), PATIENTLY)
    expect(first.BrowserWindow.instances[0]?.isVisible()).toBe(true)
    const finished = (await first.ipcMain.invoke('unknot:dispatch', 'unknot://app/index.html', {
      type: 'updateSettings',
      payload: { patch: { setupDone: true } },
    })) as { ok: boolean }
    expect(finished.ok).toBe(true)
    await quit()

    const later = await start()
    expect(later.BrowserWindow.instances).toHaveLength(0)
    // The tray's "Open Unknot" still opens it
    later.Tray.instances[0]?.menu?.items.find((item) => item.label === 'Open Unknot')?.click?.()
    await vi.waitFor(() => expect(later.BrowserWindow.instances).toHaveLength(1), PATIENTLY)
  })

  it('a run with the setup left unfinished (the window closed, nothing chosen) opens the window again', async () => {
    const first = await start()
    await vi.waitFor(() => expect(first.BrowserWindow.instances).toHaveLength(1), PATIENTLY)
    first.BrowserWindow.instances[0]?.close()
    await quit()
    const again = await start()
    await vi.waitFor(() => expect(again.BrowserWindow.instances).toHaveLength(1), PATIENTLY)
  })
})
