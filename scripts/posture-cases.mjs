// Turns real photos into the camera cases the posture tests and the bench use: centred, leaning in, dropped,
// tilted, off to the side, and nobody. The photos come from Debian's python3-skimage package (astronaut.png is a
// NASA portrait in the public domain; camera.png and coffee.png are the package's other samples); they are not in
// the repository: .ci/run unpacks the package into test-results/sample-images, or UNKNOT_SAMPLE_IMAGES names a
// folder holding them. Each case is written as a PNG and as a one-frame Y4M for Chromium's fake camera
// (--use-file-for-fake-video-capture). Run: node scripts/posture-cases.mjs [out-dir]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.mjs'

export const WIDTH = 640
export const HEIGHT = 480
export const CASES_DIR = 'test-results/posture-cases'
const DEFAULT_IMAGES = 'test-results/sample-images/usr/lib/python3/dist-packages/skimage/data'

/** Where the sample photos are, or null when they are not installed here. */
export function sampleImagesDir() {
  const dir = process.env['UNKNOT_SAMPLE_IMAGES'] ?? DEFAULT_IMAGES
  return existsSync(join(dir, 'astronaut.png')) ? dir : null
}

// In astronaut.png (512 × 512) the face's centre is near (225, 120) and it is about 110 px tall.
const FACE = { x: 225, y: 120 }
const SCALE = 1.2
const centre = { x: WIDTH / 2, y: 190 }

/**
 * Each case: which photo, where the face goes in the 640 × 480 frame, how large and how rolled. `expect` is what a
 * calibration on "centred" should make of it.
 */
export const CASES = [
  { name: 'centred', image: 'astronaut.png', at: centre, scale: SCALE, roll: 0, expect: 'upright' },
  {
    name: 'leaning-in',
    image: 'astronaut.png',
    at: { x: 320, y: 200 },
    scale: SCALE * 1.4,
    roll: 0,
    expect: 'leaning-in',
  },
  {
    name: 'dropped',
    image: 'astronaut.png',
    at: { x: 320, y: 190 + 0.12 * HEIGHT },
    scale: SCALE,
    roll: 0,
    expect: 'dropped',
  },
  { name: 'tilted', image: 'astronaut.png', at: centre, scale: SCALE, roll: 22, expect: 'tilted' },
  { name: 'aside', image: 'astronaut.png', at: { x: 570, y: 190 }, scale: SCALE, roll: 0, expect: 'aside' },
  {
    name: 'cameraman',
    image: 'camera.png',
    at: { x: 320, y: 240 },
    scale: 0.94,
    roll: 0,
    face: { x: 256, y: 256 },
    expect: 'present',
  },
  {
    name: 'nobody',
    image: 'coffee.png',
    at: { x: 320, y: 240 },
    scale: 1.1,
    roll: 0,
    face: { x: 300, y: 200 },
    expect: 'nobody',
  },
]

/** Full-range BT.601 RGB → YUV 4:2:0, the layout Chromium's fake camera reads from a Y4M file. */
function y4m(rgba, width, height) {
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\nFRAME\n`)
  const y = Buffer.alloc(width * height)
  const u = Buffer.alloc((width / 2) * (height / 2))
  const v = Buffer.alloc((width / 2) * (height / 2))
  const clamp = (n) => Math.max(0, Math.min(255, Math.round(n)))
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const i = (row * width + col) * 4
      y[row * width + col] = clamp(0.299 * rgba[i] + 0.587 * rgba[i + 1] + 0.114 * rgba[i + 2])
    }
  }
  for (let row = 0; row < height / 2; row++) {
    for (let col = 0; col < width / 2; col++) {
      const i = (row * 2 * width + col * 2) * 4
      const [r, g, b] = [rgba[i], rgba[i + 1], rgba[i + 2]]
      u[row * (width / 2) + col] = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b)
      v[row * (width / 2) + col] = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b)
    }
  }
  return Buffer.concat([header, y, u, v])
}

/** Writes every case into `outDir` as <name>.png and <name>.y4m; returns the folder. */
export async function writeCases(outDir = CASES_DIR) {
  const images = sampleImagesDir()
  if (!images) throw new Error('The sample photos are not installed: see .ci/run (python3-skimage).')
  mkdirSync(outDir, { recursive: true })
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const page = await browser.newPage()
    for (const kase of CASES) {
      const dataUrl = `data:image/png;base64,${readFileSync(join(images, kase.image)).toString('base64')}`
      const face = kase.face ?? FACE
      const { png, rgba } = await page.evaluate(
        async ({ dataUrl, kase, face, width, height }) => {
          const image = new Image()
          image.src = dataUrl
          await image.decode()
          const canvas = document.createElement('canvas')
          canvas.width = width
          canvas.height = height
          const ctx = canvas.getContext('2d')
          ctx.fillStyle = '#8a8f96'
          ctx.fillRect(0, 0, width, height)
          ctx.translate(kase.at.x, kase.at.y)
          ctx.rotate((kase.roll * Math.PI) / 180)
          ctx.scale(kase.scale, kase.scale)
          ctx.drawImage(image, -face.x, -face.y)
          const pixels = ctx.getImageData(0, 0, width, height).data
          return { png: canvas.toDataURL('image/png'), rgba: Array.from(pixels) }
        },
        { dataUrl, kase, face, width: WIDTH, height: HEIGHT },
      )
      writeFileSync(join(outDir, `${kase.name}.png`), Buffer.from(png.split(',')[1], 'base64'))
      writeFileSync(join(outDir, `${kase.name}.y4m`), y4m(rgba, WIDTH, HEIGHT))
    }
  } finally {
    await browser.close()
  }
  return outDir
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = await writeCases(process.argv[2])
  console.log(`Posture cases written to ${dir}`)
}
