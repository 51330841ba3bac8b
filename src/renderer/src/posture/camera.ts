import type { GlanceOutcome } from '../../../shared/hosting/glance-loop'
import type { CameraProblem } from '../../../shared/posture'
import type { FaceFinder } from './detector'

/** The camera's first frames are often dark while it sets its exposure: the glance reads this one. */
const FRAME_TO_READ = 3
/**
 * The detector shrinks every frame to 224 px across before it looks (detector.ts), so a larger frame only costs
 * more to copy and shrink: the same faces are found at this size (BENCHMARKS.md).
 */
const FRAME = { width: 320, height: 240 }

function problemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied'
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-camera'
  return 'failed'
}

/** Resolves at the `count`-th new frame the video presents (no timer: frames come from the camera). */
function nthFrame(video: HTMLVideoElement, count: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0
    const next = () =>
      video.requestVideoFrameCallback(() => {
        seen++
        if (seen >= count) resolve()
        else next()
      })
    next()
  })
}

/** Opens the camera, copies one frame into a canvas that never leaves this page, and closes every track. */
async function grabFrame(): Promise<HTMLCanvasElement> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: FRAME, audio: false })
  const video = document.createElement('video')
  try {
    video.muted = true
    video.playsInline = true
    video.srcObject = stream
    await video.play()
    await nthFrame(video, FRAME_TO_READ)
    const canvas = document.createElement('canvas')
    canvas.width = video.videoWidth
    canvas.height = video.videoHeight
    // the detector reads the pixels back at once: a canvas kept in memory spares a copy back from the GPU
    canvas.getContext('2d', { willReadFrequently: true })?.drawImage(video, 0, 0)
    return canvas
  } finally {
    for (const track of stream.getTracks()) track.stop()
    video.srcObject = null
  }
}

/** One glance: a frame from the camera, closed again before the face is looked for; only numbers come out. */
export async function takeGlance(finder: () => Promise<FaceFinder>): Promise<GlanceOutcome> {
  const started = performance.now()
  try {
    return await glance(finder)
  } finally {
    // `npm run bench` and the browser tests count and time glances by this event; it carries only the duration
    window.dispatchEvent(new CustomEvent('unknot-glance', { detail: { ms: performance.now() - started } }))
  }
}

async function glance(finder: () => Promise<FaceFinder>): Promise<GlanceOutcome> {
  let frame: HTMLCanvasElement
  try {
    frame = await grabFrame()
  } catch (error) {
    return { ok: false, problem: problemOf(error) }
  }
  try {
    const find = await finder()
    return { ok: true, face: await find(frame) }
  } catch {
    return { ok: false, problem: 'failed' }
  } finally {
    frame.width = 0
  }
}
