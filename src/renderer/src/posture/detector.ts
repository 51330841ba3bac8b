import type { FaceReading } from '../../../shared/posture'
import { faceReading } from './face-reading'

/** Finds the face in one frame and keeps only its derived numbers. */
export type FaceFinder = (frame: HTMLCanvasElement) => Promise<FaceReading | null>

/** The weights are copied from the npm package into the build (electron.vite.config.ts): never fetched from afar. */
const MODELS = 'models'

/**
 * Loads the detector on first use only (its chunk carries TensorFlow.js): the tiny face detector and the tiny
 * 68-point landmarks, on TensorFlow's plain CPU backend, which needs neither WebGL nor WebAssembly, so the page's
 * Content-Security-Policy stays as it is.
 */
export async function loadFaceFinder(): Promise<FaceFinder> {
  const faceapi = await import('@vladmandic/face-api')
  // The bundled TensorFlow.js has these; the package's types leave them out.
  const tf = faceapi.tf as unknown as { setBackend(name: string): Promise<boolean>; ready(): Promise<void> }
  await tf.setBackend('cpu')
  await tf.ready()
  const base = new URL(MODELS, document.baseURI).href
  await faceapi.nets.tinyFaceDetector.loadFromUri(base)
  await faceapi.nets.faceLandmark68TinyNet.loadFromUri(base)
  const options = new faceapi.TinyFaceDetectorOptions({ inputSize: 224, scoreThreshold: 0.5 })
  return async (frame) => {
    const found = await faceapi.detectSingleFace(frame, options).withFaceLandmarks(true)
    if (!found) return null
    const { box } = found.detection
    return faceReading(
      box,
      { left: found.landmarks.getLeftEye(), right: found.landmarks.getRightEye() },
      { width: frame.width, height: frame.height },
    )
  }
}
