import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type * as FakeElectron from './fake-electron'
import { PATIENTLY } from './patience'
import { onPlatform } from './platform'

const builder = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as { appId: string }

/** The fake as index.ts sees it, not started: vi.resetModules() leaves the mocked 'electron' module as it was. */
async function freshElectron(): Promise<typeof FakeElectron> {
  const fake = (await import('electron')) as unknown as typeof FakeElectron
  fake.resetFakeElectron()
  return fake
}

/** Boots src/main/index.ts (modules are reset after each test) and waits for its window. */
async function boot(fake: typeof FakeElectron): Promise<void> {
  await import('../../src/main/index')
  await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1), PATIENTLY)
}

// Each test boots the host afresh on one platform: process.platform is faked for the whole test.
describe('the composition root (src/main/index.ts) on each platform', () => {
  afterEach(async () => {
    const { app } = (await import('electron')) as unknown as typeof FakeElectron
    app.emit('will-quit')
    vi.resetModules()
  })

  it('on Windows sets the app user model id first, the appId the installer gives its shortcut', async () => {
    onPlatform('win32')
    const fake = await freshElectron()
    await boot(fake)
    const { app } = fake
    expect(app.appUserModelId).toBe(builder.appId)
  })

  it('on Linux turns on the GlobalShortcuts portal before ready, keeping features already asked for', async () => {
    onPlatform('linux')
    const fake = await freshElectron()
    const { app } = fake
    app.commandLine.appendSwitch('enable-features', 'WaylandWindowDecorations')
    // the fake refuses a switch appended after ready, so a late one would fail the boot
    await boot(fake)
    expect(app.commandLine.getSwitchValue('enable-features')).toBe('WaylandWindowDecorations,GlobalShortcutsPortal')
    expect(app.appUserModelId).toBeUndefined()
  })

  it('run from source, keeps its data and its single-instance lock in a folder of its own', async () => {
    onPlatform('linux')
    const fake = await freshElectron()
    await boot(fake)
    expect(fake.app.lockedFolder).toBe(`${fake.app.defaultUserData}-dev`)
  })

  it('on macOS opens the window again when the Dock icon is clicked after it was closed', async () => {
    onPlatform('darwin')
    const fake = await freshElectron()
    const { app, BrowserWindow } = fake
    await boot(fake)
    BrowserWindow.instances[0]?.close()
    expect(BrowserWindow.getAllWindows()).toHaveLength(0)
    app.emit('activate', { preventDefault: () => undefined }, false)
    expect(BrowserWindow.getAllWindows()).toHaveLength(1)
    expect(app.commandLine.hasSwitch('enable-features')).toBe(false)
  })

  it('when the data folder cannot be written, says so, lets go of the lock and exits', async () => {
    onPlatform('linux')
    const { app, BrowserWindow, dialog, Tray } = await freshElectron()
    const notAFolder = join(mkdtempSync(join(tmpdir(), 'unknot-blocked-')), 'a-file')
    writeFileSync(notAFolder, '')
    app.userData = join(notAFolder, 'Unknot')
    await import('../../src/main/index')
    await vi.waitFor(() => expect(app.exitCode).toBe(1), PATIENTLY)
    expect(dialog.errorBoxes).toHaveLength(1)
    expect(dialog.errorBoxes[0]?.title).toBe('Unknot could not start')
    expect(dialog.errorBoxes[0]?.content).toContain(`Unknot keeps its settings and data in ${notAFolder}/Unknot-dev.`)
    expect(app.lockedFolder).toBeUndefined()
    expect(BrowserWindow.instances).toHaveLength(0)
    expect(Tray.instances).toHaveLength(0)
  })
})
