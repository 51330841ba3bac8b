import { join } from 'node:path'
import type { Session } from 'electron'
import type { Companion } from '../shared/app/companion'
import { GlanceLoop, type GlanceOutcome } from '../shared/hosting/glance-loop'
import type { Timers } from '../shared/kernel/time'
import type { PostureView } from '../shared/posture'
import { APP_HOST, APP_SCHEME } from './app-protocol'
import { cameraAccess } from './camera-access'
import { CameraWindow } from './camera-window'
import { setupGlanceIpc } from './ipc'
import { hardenSession } from './security'
import { isTrustedFrameUrl } from './trusted-sender'

export const CAMERA_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/camera.html`

export interface CameraDeps {
  companion: Pick<Companion, 'getSnapshot' | 'subscribe' | 'observe'>
  timers: Timers
  /** the session every window uses: its permission handlers grant the camera to the camera window alone */
  session: Session
  /** the built app's folder holding preload/ (out/ beside out/main) */
  outDir: string
  devServerUrl?: string | undefined
  platform?: NodeJS.Platform
}

export interface DesktopCamera {
  /** the hidden camera window while the camera is on */
  readonly window: CameraWindow
  stop(): void
}

/**
 * The desktop's camera glances. While the person has the camera on, a hidden sandboxed window takes a glance when
 * the shared GlanceLoop says one is due (never while away, locked or in a call), and its numbers reach the core as
 * host inputs. Turning the camera on asks the system for access (macOS) and opens the window; turning it off
 * destroys the window. No other page may ever use the camera, or any other permission.
 */
export function setupCamera(deps: CameraDeps): DesktopCamera {
  const { companion, devServerUrl } = deps
  const pageUrl = devServerUrl ? new URL('camera.html', devServerUrl).href : CAMERA_PAGE_URL
  const window = new CameraWindow({
    preloadPath: join(deps.outDir, 'preload/camera.js'),
    load: (browserWindow) => browserWindow.loadURL(pageUrl),
    timers: deps.timers,
  })
  hardenSession(deps.session, (contents) => window.owns(contents))
  const stopListening = setupGlanceIpc(window, (frameUrl) =>
    isTrustedFrameUrl(frameUrl, {
      rendererPageUrls: [CAMERA_PAGE_URL],
      ...(devServerUrl ? { devServerOrigin: new URL(devServerUrl).origin } : {}),
    }),
  )
  const askForAccess = cameraAccess(deps.platform)
  let on = false
  let access: Promise<boolean> = Promise.resolve(false)
  const take = async (): Promise<GlanceOutcome> => {
    let allowed = await access
    if (!allowed && on) {
      // Refused: asked again at each glance, which prompts nobody (the system remembers the answer) but notices
      // when the person has since allowed the camera in the system's settings.
      access = askForAccess()
      allowed = await access
    }
    return allowed ? window.glance() : { ok: false, problem: 'denied' }
  }
  const loop = new GlanceLoop(deps.timers, take, (input) => companion.observe(input))
  const follow = (posture: PostureView): void => {
    if (posture.enabled !== on) {
      on = posture.enabled
      if (on) {
        access = askForAccess()
        window.open()
      } else window.close()
    }
    loop.update(posture)
  }
  follow(companion.getSnapshot().posture)
  const unsubscribe = companion.subscribe((snapshot) => follow(snapshot.posture))
  return {
    window,
    stop: () => {
      unsubscribe()
      loop.dispose()
      window.close()
      stopListening()
    },
  }
}
