import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PermissionRequest, WebContents } from 'electron'
import type { DispatchResult, Snapshot } from '../../src/shared/contract/contract'
import type * as FakeElectron from './fake-electron'
import { PATIENTLY } from './patience'

/** The fake as index.ts sees it: vi.resetModules() leaves the mocked 'electron' module as it was. */
async function electronAsTheHostSeesIt(): Promise<typeof FakeElectron> {
  return (await import('electron')) as unknown as typeof FakeElectron
}

/** Boots src/main/index.ts afresh (modules are reset after each test) on a fake electron that has not started. */
async function boot() {
  const fake = await electronAsTheHostSeesIt()
  fake.resetFakeElectron()
  await import('../../src/main/index')
  await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1), PATIENTLY)
  return fake
}

describe('the composition root (src/main/index.ts) on the fake electron', () => {
  afterEach(async () => {
    const { app } = await electronAsTheHostSeesIt()
    app.emit('will-quit')
    vi.resetModules()
  })

  it('registers unknot:// before ready, serves the renderer from it and loads the page there, not from file://', async () => {
    const { BrowserWindow, ipcMain, protocol, Tray } = await boot()
    expect(protocol.privileged.map((entry) => entry.scheme)).toEqual(['unknot'])
    expect(protocol.handlers.has('unknot')).toBe(true)
    const [window] = BrowserWindow.instances
    expect(window?.loadedUrl).toBe('unknot://app/index.html#')
    expect(Tray.instances).toHaveLength(1)
    expect([...ipcMain.handlers.keys()].length).toBeGreaterThan(0)
  })

  it('sends a command across once: the answer names the revision, the one snapshot comes as the push', async () => {
    const { BrowserWindow, ipcMain } = await boot()
    const contents = BrowserWindow.instances[0]?.webContents
    const pushed = () => contents?.sent.filter(({ channel }) => channel === 'unknot:snapshot') ?? []
    const before = pushed().length

    const answer = (await ipcMain.invoke('unknot:dispatch', 'unknot://app/index.html', {
      type: 'updateSettings',
      payload: { patch: { sound: { chimes: false } } },
    })) as DispatchResult
    expect(answer.ok).toBe(true)
    expect(answer).not.toHaveProperty('snapshot')
    const pushes = pushed().slice(before) as Array<{ payload: Snapshot }>
    expect(pushes).toHaveLength(1)
    expect(pushes[0]?.payload.settings.sound.chimes).toBe(false)
    expect(answer.ok && answer.revision).toBe(pushes[0]?.payload.revision)
  })
  it('grants the camera to no page at start; turned on, to its hidden camera window alone', async () => {
    const { BrowserWindow, ipcMain, session } = await boot()
    const [main] = BrowserWindow.instances
    const mayUseCamera = (contents: FakeElectron.FakeWebContents | undefined): boolean[] => {
      const answers: boolean[] = []
      const request = { isMainFrame: true, requestingUrl: 'unknot://app/', mediaTypes: ['video'] }
      session.defaultSession.permissionRequestHandler?.(
        contents as unknown as WebContents,
        'media',
        (granted) => answers.push(granted),
        request as PermissionRequest,
      )
      return answers
    }
    expect(mayUseCamera(main?.webContents)).toEqual([false])
    await ipcMain.invoke('unknot:dispatch', 'unknot://app/index.html', {
      type: 'updateSettings',
      payload: { patch: { posture: { enabled: true } } },
    })
    const camera = BrowserWindow.getAllWindows().find((window) => window !== main)
    expect(camera?.loadedUrl).toBe('unknot://app/camera.html')
    expect(camera?.options.webPreferences?.preload).toMatch(/preload[\\/]camera\.js$/)
    expect(mayUseCamera(camera?.webContents)).toEqual([true])
    expect(mayUseCamera(main?.webContents)).toEqual([false])
  })
})
