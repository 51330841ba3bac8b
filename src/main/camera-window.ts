import { BrowserWindow, type WebContents } from 'electron'
import { CAMERA_GLANCE_REQUEST, type GlanceResult } from '../shared/contract/camera-channels'
import type { GlanceOutcome } from '../shared/hosting/glance-loop'
import type { TimerHandle, Timers } from '../shared/kernel/time'
import { hardenContents, secureWebPreferences } from './security'

export interface CameraWindowOptions {
  /** the camera page's own preload, which offers nothing but the glance channel */
  preloadPath: string
  /** loads the camera page; resolves once it has finished loading (and listens for requests) */
  load: (window: BrowserWindow) => Promise<void>
  timers: Timers
}

/**
 * A glance unanswered this long is given up as failed and its page destroyed, which closes the camera whatever the
 * page was doing; the next glance gets a fresh page.
 */
export const GLANCE_TIMEOUT_MS = 20_000

const FAILED: GlanceOutcome = { ok: false, problem: 'failed' }

interface Waiting {
  id: number
  resolve: (outcome: GlanceOutcome) => void
  timer: TimerHandle
}

/**
 * The hidden page that takes the desktop's camera glances. It exists only between `open` and `close` (closing
 * destroys it, renderer and all, never hides it), shows nothing, and can do nothing but answer a glance request.
 * A page that crashed or failed to load is replaced at the next glance while the camera is still wanted.
 */
export class CameraWindow {
  private window: BrowserWindow | undefined
  private loaded: Promise<boolean> | undefined
  private waiting: Waiting | undefined
  private wanted = false
  private lastId = 0

  constructor(private readonly options: CameraWindowOptions) {}

  get current(): BrowserWindow | undefined {
    return this.window && !this.window.isDestroyed() ? this.window : undefined
  }

  /** Whether `contents` is this window's page: the only one allowed the camera, the only one whose answers count. */
  owns(contents: WebContents | null | undefined): boolean {
    return contents !== null && contents !== undefined && this.current?.webContents === contents
  }

  open(): void {
    this.wanted = true
    if (this.current) return
    // The scanner cannot see into secureWebPreferences (security.ts), which tests/main checks on the created window:
    // electronegativity: CONTEXT_ISOLATION_JS_CHECK: contextIsolation is true there.
    // electronegativity: SANDBOX_JS_CHECK: sandbox is true there.
    // electronegativity: AUXCLICK_JS_CHECK: Auxclick is disabled there.
    const window = new BrowserWindow({
      width: 320,
      height: 240,
      show: false,
      skipTaskbar: true,
      title: 'Unknot camera',
      webPreferences: {
        ...secureWebPreferences(this.options.preloadPath),
        // A hidden page is throttled and reads as not visible; the glance waits for video frames, which must come.
        backgroundThrottling: false,
      },
    })
    // no link on this page may open anything, not even a cited source
    hardenContents(window.webContents, new Set())
    window.webContents.on('render-process-gone', () => window.destroy())
    window.on('closed', () => {
      if (this.window !== window) return
      this.window = undefined
      this.loaded = undefined
      this.settle(FAILED)
    })
    this.window = window
    this.loaded = this.options.load(window).then(
      () => true,
      () => {
        window.destroy()
        return false
      },
    )
  }

  /** Destroys the page; a glance it was taking ends as failed (and is not reported: the camera is off). */
  close(): void {
    this.wanted = false
    const window = this.current
    this.window = undefined
    this.loaded = undefined
    this.settle(FAILED)
    window?.destroy()
  }

  /** Asks the page for one glance and waits for its answer, at most GLANCE_TIMEOUT_MS. */
  async glance(): Promise<GlanceOutcome> {
    if (!this.wanted) return FAILED
    this.open()
    const window = this.current
    if (!window || !(await this.loaded) || window.isDestroyed()) return FAILED
    this.settle(FAILED)
    const id = ++this.lastId
    return new Promise((resolve) => {
      const timer = this.options.timers.setTimeout(() => {
        if (this.waiting?.id !== id) return
        this.settle(FAILED)
        window.destroy()
      }, GLANCE_TIMEOUT_MS)
      this.waiting = { id, resolve, timer }
      window.webContents.send(CAMERA_GLANCE_REQUEST, { id })
    })
  }

  /** The page's answer, already checked to come from this window and to hold only numbers; a stale one is dropped. */
  answer(result: GlanceResult): void {
    if (this.waiting?.id !== result.id) return
    this.settle(result.ok ? { ok: true, face: result.face } : { ok: false, problem: result.problem })
  }

  private settle(outcome: GlanceOutcome): void {
    const waiting = this.waiting
    if (!waiting) return
    this.waiting = undefined
    this.options.timers.clear(waiting.timer)
    waiting.resolve(outcome)
  }
}
