// Which way to run the face detector, by measurement (not part of `npm run bench`: it takes minutes). Each option
// looks for the face in every posture case photo, in Debian Chromium on the built web companion's own page (so under
// its Content-Security-Policy), and the table says how many faces it found where there is one, how many it invented
// where there is none, and the CPU time one detection costs every process of the browser (median over the cases).
//   node bench/posture-detectors.mjs
// UNKNOT_TFJS_WASM_DIR=<folder with tfjs-backend-wasm*.wasm> adds the WebAssembly backend, on a copy of the page
// whose policy also allows 'wasm-unsafe-eval': what that backend would give, not something Unknot ships.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../scripts/chromium.mjs'
import { CASES, CASES_DIR, HEIGHT, sampleImagesDir, WIDTH } from '../scripts/posture-case-list.mjs'
import { writeCases } from '../scripts/posture-cases.mjs'
import { processTreeCpuMs } from './process-cpu.mjs'
import { startWebServer } from './web-server.mjs'

if (!sampleImagesDir()) {
  console.log('posture detectors skipped: the sample photos (python3-skimage) are not installed; see .ci/run')
  process.exit(0)
}
await writeCases()

const wasmDir = process.env['UNKNOT_TFJS_WASM_DIR']
const OPTIONS = [
  { backend: 'cpu', inputSize: 224, landmarks: true, frame: 640 },
  { backend: 'cpu', inputSize: 224, landmarks: true, frame: 320 },
  { backend: 'cpu', inputSize: 224, landmarks: false, frame: 320 },
  { backend: 'cpu', inputSize: 160, landmarks: true, frame: 320 },
  { backend: 'cpu', inputSize: 128, landmarks: true, frame: 320 },
  { backend: 'webgl', inputSize: 224, landmarks: true, frame: 320 },
  ...(wasmDir ? [{ backend: 'wasm', inputSize: 224, landmarks: true, frame: 320 }] : []),
]
const RUNS = 3

const server = await startWebServer(Number(process.env['UNKNOT_BENCH_PORT'] ?? 5195))
const browser = await chromium.launch(chromiumLaunchOptions)
const detector = readdirSync('out/renderer/assets').find((file) => /^face-api.*\.js$/.test(file))
const photos = CASES.map((kase) => ({
  ...kase,
  png: readFileSync(join(CASES_DIR, `${kase.name}.png`)).toString('base64'),
}))

/** A fresh page with the detector loaded on `backend`; with wasm, its policy allows compiling WebAssembly. */
async function pageWith(backend) {
  const page = await browser.newPage()
  if (backend === 'wasm') {
    await page.route('**/wasm/*', (route) =>
      route.fulfill({ body: readFileSync(join(wasmDir, new URL(route.request().url()).pathname.split('/').pop())) }),
    )
    await page.route(`${server.base}/`, async (route) => {
      const response = await route.fetch()
      const body = (await response.text()).replace("script-src 'self';", "script-src 'self' 'wasm-unsafe-eval';")
      await route.fulfill({ response, body })
    })
  }
  await page.goto(`${server.base}/#/today`)
  const ready = await page.evaluate(
    async ({ detector, backend }) => {
      const faceapi = await import(`/assets/${detector}`)
      if (backend === 'wasm') faceapi.tf.setWasmPaths('/wasm/')
      const ok = await faceapi.tf.setBackend(backend)
      await faceapi.tf.ready()
      await faceapi.nets.tinyFaceDetector.loadFromUri('models')
      await faceapi.nets.faceLandmark68TinyNet.loadFromUri('models')
      window.faceapi = faceapi
      return ok && faceapi.tf.getBackend() === backend
    },
    { detector, backend },
  )
  return ready ? page : null
}

/** Looks for a face in one photo, scaled to the frame's width, `runs` times: whether the last run found one. */
const detect = (page, png, option, runs) =>
  page.evaluate(
    async ({ png, option, runs, width, height }) => {
      const { faceapi } = window
      const bitmap = await createImageBitmap(
        new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], { type: 'image/png' }),
      )
      const frame = document.createElement('canvas')
      frame.width = option.frame
      frame.height = (option.frame * height) / width
      frame.getContext('2d', { willReadFrequently: true }).drawImage(bitmap, 0, 0, frame.width, frame.height)
      const options = new faceapi.TinyFaceDetectorOptions({ inputSize: option.inputSize, scoreThreshold: 0.5 })
      let found = null
      for (let i = 0; i < runs; i++) {
        const face = faceapi.detectSingleFace(frame, options)
        found = (option.landmarks ? await face.withFaceLandmarks(true) : await face) ?? null
      }
      return found !== null
    },
    { png, option, runs, width: WIDTH, height: HEIGHT },
  )

const rows = []
try {
  for (const option of OPTIONS) {
    const page = await pageWith(option.backend)
    const name = `${option.backend}, ${option.inputSize} px, ${option.landmarks ? 'with' : 'no'} landmarks, ${option.frame} px frame`
    if (!page) {
      rows.push(`| ${name} | — | — | backend unavailable |`)
      continue
    }
    await detect(page, photos[0].png, option, 2) // the first runs compile and allocate
    const costs = []
    let found = 0
    let invented = 0
    const faces = photos.filter((photo) => photo.expect !== 'nobody').length
    for (const photo of photos) {
      const before = processTreeCpuMs()
      const face = await detect(page, photo.png, option, RUNS)
      costs.push((processTreeCpuMs() - before) / RUNS)
      if (face && photo.expect === 'nobody') invented++
      if (face && photo.expect !== 'nobody') found++
    }
    const median = costs.sort((a, b) => a - b)[Math.floor(costs.length / 2)]
    rows.push(`| ${name} | ${found} of ${faces} | ${invented} | ${Math.round(median)} ms |`)
    console.log(rows.at(-1))
    await page.close()
  }
} finally {
  await browser.close()
  server.stop()
}
console.log(
  ['', '| option | faces found | faces invented | CPU per detection |', '|---|---|---|---|', ...rows].join('\n'),
)
