import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Session } from 'electron'
import { app, BrowserWindow, session } from './fake-electron'
import { fakeRunner } from './call-detection/fake-runner'
import { companionOn } from './test-companion'
import { desktopCallReader } from '../../src/main/setup-host-watches'
import { setupCamera, type DesktopCamera } from '../../src/main/setup-camera'
import type { Companion } from '../../src/shared/app/companion'
import { ManualClock } from '../support/manual-clock'

const NO_CAPTURE_STREAMS = fakeRunner({ 'pactl -f json list source-outputs': '[]' })
const CAMERA_RENDERER = 4100
const VIDEO_CAPTURE_SERVICE = 4200
const VIDEO_CALL_APP = 5150

let proc: string
let companion: Companion
let camera: DesktopCamera

/** A process holding the camera open, as /proc shows it. */
function holdCamera(pid: number): void {
  mkdirSync(join(proc, String(pid), 'fd'), { recursive: true })
  symlinkSync('/dev/video0', join(proc, String(pid), 'fd', '7'))
}

const readCall = () => desktopCallReader(companion, { platform: 'linux', procRoot: proc, run: NO_CAPTURE_STREAMS })()

beforeEach(async () => {
  await app.whenReady()
  proc = mkdtempSync(join(tmpdir(), 'unknot-fake-proc-'))
  const clock = new ManualClock(Date.parse('2026-11-25T10:00:00Z'))
  companion = companionOn(clock)
  camera = setupCamera({
    companion,
    timers: clock,
    session: session.defaultSession as unknown as Session,
    outDir: '/opt/unknot/out',
    platform: 'linux',
  })
  companion.dispatch({ type: 'updateSettings', payload: { patch: { posture: { enabled: true } } } })
  expect(BrowserWindow.getAllWindows()).toHaveLength(1)
})

afterEach(() => {
  camera.stop()
  companion.dispose()
  rmSync(proc, { recursive: true, force: true })
})

describe("the reminders' call detection and Unknot's own camera glance", () => {
  it('does not take the glance for a call: the camera is held by one of Unknot’s own processes', async () => {
    // Chromium opens the camera in its video capture service, a child process of Unknot's, beside the camera page.
    app.childProcesses = [
      { pid: CAMERA_RENDERER, type: 'Tab' },
      { pid: VIDEO_CAPTURE_SERVICE, type: 'Utility', serviceName: 'video_capture.mojom.VideoCaptureService' },
    ]
    holdCamera(VIDEO_CAPTURE_SERVICE)
    expect(await readCall()).toBe(false)
  })

  it('does not take it for a call where the capture runs in the main process either', async () => {
    holdCamera(process.pid)
    expect(await readCall()).toBe(false)
  })

  it('still sees a call while the glance holds the camera too', async () => {
    app.childProcesses = [{ pid: VIDEO_CAPTURE_SERVICE, type: 'Utility' }]
    holdCamera(VIDEO_CAPTURE_SERVICE)
    holdCamera(VIDEO_CALL_APP)
    expect(await readCall()).toBe(true)
  })

  it('would take the glance for a call if the capture process were not counted as Unknot’s', async () => {
    holdCamera(VIDEO_CAPTURE_SERVICE)
    expect(await readCall()).toBe(true)
  })
})
