import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PermissionCheckHandlerHandlerDetails, PermissionRequest, Session, WebContents } from 'electron'
import { app, BrowserWindow, ipcMain, session, systemPreferences, type FakeWebContents } from './fake-electron'
import { companionOn, lastTray, linuxTrayDeps } from './test-companion'
import { setupTrayAndAlerts } from '../../src/main/setup-tray-and-alerts'
import { onPlatform } from './platform'
import { GLANCE_TIMEOUT_MS } from '../../src/main/camera-window'
import { CAMERA_PAGE_URL, setupCamera, type DesktopCamera } from '../../src/main/setup-camera'
import { MainWindow } from '../../src/main/window'
import {
  CAMERA_GLANCE_REQUEST,
  CAMERA_GLANCE_RESULT,
  type GlanceRequest,
} from '../../src/shared/contract/camera-channels'
import type { Companion } from '../../src/shared/app/companion'
import { ManualClock } from '../support/manual-clock'

const FACE = { x: 0.5, y: 0.45, size: 0.3, roll: 2 }

let clock: ManualClock
let companion: Companion
let camera: DesktopCamera | undefined

/** Lets every promise chain the host started run to its end (the page loading, an answer arriving). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve))

function start(platform: NodeJS.Platform = 'linux'): DesktopCamera {
  camera = setupCamera({
    companion,
    timers: clock,
    session: session.defaultSession as unknown as Session,
    outDir: '/opt/unknot/out',
    platform,
  })
  return camera
}

function turnCamera(enabled: boolean): void {
  const result = companion.dispatch({ type: 'updateSettings', payload: { patch: { posture: { enabled } } } })
  expect(result.ok).toBe(true)
}

const live = () => BrowserWindow.getAllWindows()

function cameraWindow(): BrowserWindow {
  const windows = live()
  expect(windows).toHaveLength(1)
  return windows[0]!
}

const requestsTo = (contents: FakeWebContents): GlanceRequest[] =>
  contents.sent
    .filter(({ channel }) => channel === CAMERA_GLANCE_REQUEST)
    .map(({ payload }) => payload as GlanceRequest)

/** Moves the clock on and lets the glance that falls due reach the page. */
async function pass(ms: number): Promise<void> {
  clock.advance(ms)
  await settle()
}

/** The camera on, its page loaded and asked for the first glance. */
async function glancing(): Promise<void> {
  start()
  turnCamera(true)
  await pass(0)
}

/** The camera page's answer to its latest request, as it crosses from its own webContents. */
function answer(result: Record<string, unknown>, from = cameraWindow().webContents, frameUrl = CAMERA_PAGE_URL) {
  const id = requestsTo(cameraWindow().webContents).at(-1)?.id
  return ipcMain.invokeFrom(from, frameUrl, CAMERA_GLANCE_RESULT, { id, ...result })
}

function mediaRequest(contents: FakeWebContents, mediaTypes: Array<'video' | 'audio'>): boolean[] {
  const answers: boolean[] = []
  const details = { isMainFrame: true, requestingUrl: CAMERA_PAGE_URL, mediaTypes } as unknown as PermissionRequest
  session.defaultSession.permissionRequestHandler?.(
    contents as unknown as WebContents,
    'media',
    (granted) => answers.push(granted),
    details,
  )
  return answers
}

function mediaCheck(contents: FakeWebContents | null, mediaType: 'video' | 'audio'): boolean | undefined {
  const details = { isMainFrame: true, mediaType } as PermissionCheckHandlerHandlerDetails
  return session.defaultSession.permissionCheckHandler?.(
    contents as unknown as WebContents | null,
    'media',
    'unknot://app',
    details,
  )
}

function openMainWindow(): BrowserWindow {
  new MainWindow({
    preloadPath: '/app/preload.js',
    iconPath: '/app/icon.png',
    externalAllowList: new Set(),
    load: async () => {},
  }).show()
  const created = BrowserWindow.instances.at(-1)
  if (!created) throw new Error('no main window')
  return created
}

beforeEach(async () => {
  await app.whenReady()
  clock = new ManualClock(Date.parse('2026-11-25T10:00:00Z'))
  companion = companionOn(clock)
  companion.observe({ type: 'idle', seconds: 0 })
})

afterEach(() => {
  camera?.stop()
  camera = undefined
  companion.dispose()
})

describe('the camera window exists only while the camera is on', () => {
  it('opens no window while the camera is off', async () => {
    start()
    await pass(60_000)
    expect(live()).toEqual([])
  })

  it('opens one hidden window on the camera page when the camera is turned on, and destroys it when turned off', () => {
    start()
    turnCamera(true)
    const window = cameraWindow()
    expect(window.isVisible()).toBe(false)
    expect(window.loadedUrl).toBe('unknot://app/camera.html')
    turnCamera(false)
    expect(window.isDestroyed()).toBe(true)
    expect(live()).toEqual([])
  })

  it('opens it at start when the camera was left on', () => {
    turnCamera(true)
    start()
    expect(live()).toHaveLength(1)
  })

  it('keeps the live window count flat through 50 turns on and off', async () => {
    start()
    for (let turn = 0; turn < 50; turn++) {
      turnCamera(true)
      await pass(0)
      expect(live()).toHaveLength(1)
      turnCamera(false)
      await pass(0)
      expect(live()).toHaveLength(0)
    }
    expect(BrowserWindow.instances).toHaveLength(50)
    expect(BrowserWindow.instances.every((window) => window.isDestroyed())).toBe(true)
    expect(clock.pendingCount).toBe(0)
  })

  it('is locked down as the main window is: sandboxed, isolated, no Node, its own narrow preload', () => {
    start()
    turnCamera(true)
    const window = cameraWindow()
    expect(window.options.show).toBe(false)
    const prefs = window.options.webPreferences ?? {}
    expect(prefs).toMatchObject({ preload: '/opt/unknot/out/preload/camera.js', contextIsolation: true, sandbox: true })
    expect(prefs.nodeIntegration).toBe(false)
    // every other setting as the main window has it (each checked in window-security.test.ts)
    const { preload: _mainPreload, ...mainPrefs } = openMainWindow().options.webPreferences ?? {}
    expect(prefs).toMatchObject(mainPrefs)
    expect(prefs.enableBlinkFeatures).toBeUndefined()
    const contents = window.webContents
    expect(contents.tryEvent('will-navigate', 'https://evil.example/')).toBe(true)
    expect(contents.tryEvent('will-redirect', 'https://evil.example/')).toBe(true)
    expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' })
  })
})

describe('the camera permission', () => {
  it('is granted, video only, to the camera window alone', () => {
    start()
    turnCamera(true)
    const contents = cameraWindow().webContents
    expect(mediaRequest(contents, ['video'])).toEqual([true])
    expect(mediaCheck(contents, 'video')).toBe(true)
    expect(mediaRequest(contents, ['video', 'audio'])).toEqual([false])
    expect(mediaRequest(contents, ['audio'])).toEqual([false])
    expect(mediaRequest(contents, [])).toEqual([false])
    expect(mediaCheck(contents, 'audio')).toBe(false)
  })

  it('is refused to the main window, to any other page and to no page at all', () => {
    start()
    turnCamera(true)
    const main = openMainWindow().webContents
    expect(mediaRequest(main, ['video'])).toEqual([false])
    expect(mediaCheck(main, 'video')).toBe(false)
    expect(mediaCheck(null, 'video')).toBe(false)
  })

  it('is refused to the camera window once the camera is turned off', () => {
    start()
    turnCamera(true)
    const contents = cameraWindow().webContents
    turnCamera(false)
    expect(mediaRequest(contents, ['video'])).toEqual([false])
  })

  it('grants the camera window no other permission', () => {
    start()
    turnCamera(true)
    const contents = cameraWindow().webContents as unknown as WebContents
    const answers: boolean[] = []
    const request = { isMainFrame: true, requestingUrl: CAMERA_PAGE_URL } as PermissionRequest
    session.defaultSession.permissionRequestHandler?.(
      contents,
      'notifications',
      (granted) => answers.push(granted),
      request,
    )
    session.defaultSession.permissionRequestHandler?.(contents, 'display-capture', (granted) => answers.push(granted), {
      ...request,
      mediaTypes: ['video'],
    } as PermissionRequest)
    expect(answers).toEqual([false, false])
  })

  it('on macOS asks the system once when the camera is turned on, and not before', async () => {
    onPlatform('darwin')
    start('darwin')
    await pass(60_000)
    expect(systemPreferences.mediaAccessAsked).toEqual([])
    turnCamera(true)
    expect(systemPreferences.mediaAccessAsked).toEqual(['camera'])
    await pass(0)
    expect(requestsTo(cameraWindow().webContents)).toHaveLength(1)
  })

  it('on macOS, refused by the person, reports the camera as denied and asks the page for nothing', async () => {
    onPlatform('darwin')
    systemPreferences.mediaAccessAnswer = false
    start('darwin')
    turnCamera(true)
    await pass(0)
    expect(requestsTo(cameraWindow().webContents)).toEqual([])
    expect(companion.getSnapshot().posture.problem).toBe('denied')
  })

  it('on macOS notices at the next glance that the person allowed the camera in the system settings', async () => {
    onPlatform('darwin')
    systemPreferences.mediaAccessAnswer = false
    start('darwin')
    turnCamera(true)
    await pass(0)
    systemPreferences.mediaAccessAnswer = true
    await pass(30_000)
    expect(requestsTo(cameraWindow().webContents)).toHaveLength(1)
  })

  it.each(['linux', 'win32'] as const)(
    'on %s has no system prompt to ask: the page glances straight away',
    async (platform) => {
      onPlatform(platform)
      start(platform)
      turnCamera(true)
      await pass(0)
      expect(systemPreferences.mediaAccessAsked).toEqual([])
      expect(requestsTo(cameraWindow().webContents)).toHaveLength(1)
    },
  )
})

describe('glances from the camera window', () => {
  it('asks for a glance when one is due and feeds its numbers to the core', async () => {
    await glancing()
    const contents = cameraWindow().webContents
    expect(requestsTo(contents)).toHaveLength(1)
    await answer({ ok: true, face: FACE })
    await settle()
    expect(companion.getSnapshot().posture.presence).toBe('at-desk')
    await pass(30_000)
    expect(requestsTo(contents)).toHaveLength(2)
  })

  it('tells the core why a glance failed', async () => {
    await glancing()
    await answer({ ok: false, problem: 'no-camera' })
    await settle()
    expect(companion.getSnapshot().posture.problem).toBe('no-camera')
  })

  it('takes none while the person is away, locked or in a call', async () => {
    await glancing()
    await answer({ ok: true, face: FACE })
    await settle()
    const contents = cameraWindow().webContents
    const before = requestsTo(contents).length
    companion.observe({ type: 'call', active: true })
    await pass(120_000)
    companion.observe({ type: 'call', active: false })
    companion.observe({ type: 'lock' })
    await pass(120_000)
    expect(requestsTo(contents)).toHaveLength(before)
    companion.observe({ type: 'unlock' })
    companion.observe({ type: 'idle', seconds: 0 })
    await pass(0)
    expect(requestsTo(contents).length).toBeGreaterThan(before)
  })

  it('refuses an answer from any page but the camera window, and changes nothing', async () => {
    await glancing()
    const own = cameraWindow().webContents
    const id = requestsTo(own)[0]?.id
    const main = openMainWindow().webContents
    const glance = { id, ok: true, face: FACE }
    await expect(ipcMain.invokeFrom(main, 'unknot://app/index.html', CAMERA_GLANCE_RESULT, glance)).rejects.toThrow(
      /did not load/,
    )
    await expect(ipcMain.invokeFrom(main, CAMERA_PAGE_URL, CAMERA_GLANCE_RESULT, glance)).rejects.toThrow(
      /did not load/,
    )
    await expect(
      ipcMain.invokeFrom(own, 'https://evil.example/camera.html', CAMERA_GLANCE_RESULT, glance),
    ).rejects.toThrow(/did not load/)
    await settle()
    expect(companion.getSnapshot().posture.presence).toBeNull()
  })

  it('refuses an answer carrying anything but the numbers (a frame, a bad number), and changes nothing', async () => {
    await glancing()
    await expect(answer({ ok: true, face: FACE, frame: 'data:image/png;base64,AAAA' })).rejects.toThrow(/numbers/)
    await expect(answer({ ok: true, face: { ...FACE, size: -1 } })).rejects.toThrow(/numbers/)
    await expect(answer({ ok: false, problem: 'exploded' })).rejects.toThrow(/numbers/)
    await settle()
    expect(companion.getSnapshot().posture.presence).toBeNull()
    expect(companion.getSnapshot().posture.problem).toBeNull()
  })

  it('drops a late answer to a glance it gave up on, and replaces the silent page', async () => {
    await glancing()
    const silent = cameraWindow()
    const late = requestsTo(silent.webContents)[0]!
    await pass(GLANCE_TIMEOUT_MS)
    expect(companion.getSnapshot().posture.problem).toBe('failed')
    expect(silent.isDestroyed()).toBe(true)
    await pass(30_000)
    const fresh = cameraWindow()
    expect(fresh).not.toBe(silent)
    expect(requestsTo(fresh.webContents)).toHaveLength(1)
    await ipcMain.invokeFrom(fresh.webContents, CAMERA_PAGE_URL, CAMERA_GLANCE_RESULT, {
      id: late.id,
      ok: true,
      face: FACE,
    })
    await settle()
    expect(companion.getSnapshot().posture.presence).toBeNull()
  })

  it('replaces a page whose renderer is gone at the next glance', async () => {
    await glancing()
    await answer({ ok: true, face: FACE })
    await settle()
    const crashed = cameraWindow()
    crashed.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    expect(crashed.isDestroyed()).toBe(true)
    await pass(30_000)
    expect(requestsTo(cameraWindow().webContents)).toHaveLength(1)
  })

  it('reports nothing from a glance cut short by turning the camera off, and destroys the page taking it', async () => {
    await glancing()
    const taking = cameraWindow()
    expect(requestsTo(taking.webContents)).toHaveLength(1)
    const observed = vi.spyOn(companion, 'observe')
    turnCamera(false)
    await pass(GLANCE_TIMEOUT_MS)
    expect(taking.isDestroyed()).toBe(true)
    expect(observed.mock.calls.filter(([input]) => input.type === 'glance' || input.type === 'camera-problem')).toEqual(
      [],
    )
  })
})

describe('the tray switch', () => {
  it('turns the camera on and off through the settings command, the camera window following', () => {
    setupTrayAndAlerts(linuxTrayDeps(companion, clock))
    start()
    const cameraSwitch = () => lastTray().menu?.items.find((item) => item.label === 'Camera glances')
    expect(cameraSwitch()).toMatchObject({ type: 'checkbox', checked: false })
    cameraSwitch()?.click?.()
    expect(companion.getSnapshot().settings.posture.enabled).toBe(true)
    expect(cameraSwitch()).toMatchObject({ checked: true })
    expect(live()).toHaveLength(1)
    cameraSwitch()?.click?.()
    expect(companion.getSnapshot().settings.posture.enabled).toBe(false)
    expect(cameraSwitch()).toMatchObject({ checked: false })
    expect(live()).toEqual([])
  })

  it('speaks Spanish when the app does', () => {
    companion.dispatch({ type: 'updateSettings', payload: { patch: { appearance: { language: 'es' } } } })
    setupTrayAndAlerts(linuxTrayDeps(companion, clock))
    expect(lastTray().menu?.items.map((item) => item.label)).toContain('Miradas de la cámara')
  })
})
