// Copies the face detector's weights from the npm package into the renderer build (out/renderer/models), so the
// app loads them from its own files: never from a CDN. Only the two small models Unknot uses are copied.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const MODELS = ['tiny_face_detector_model', 'face_landmark_68_tiny_model']
const FILES = MODELS.flatMap((model) => [`${model}-weights_manifest.json`, `${model}.bin`])

export function faceModels() {
  const dir = join(dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'model')
  return {
    name: 'unknot-face-models',
    generateBundle() {
      for (const file of FILES) {
        this.emitFile({ type: 'asset', fileName: `models/${file}`, source: readFileSync(join(dir, file)) })
      }
    },
  }
}
