// Turns real photos into the camera cases the posture tests and the bench use: centred, leaning in, dropped,
// tilted, off to the side, and nobody. The photos come from Debian's python3-skimage package (astronaut.png is a
// NASA portrait in the public domain; camera.png and coffee.png are the package's other samples); they are not in
// the repository: .ci/run unpacks the package into .cache/sample-images, or UNKNOT_SAMPLE_IMAGES names a
// folder holding them. Each case is written as a PNG and as a one-frame Y4M for Chromium's fake camera
// (--use-file-for-fake-video-capture). Run: node scripts/posture-cases.mjs [out-dir]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.mjs'
import { CASES, CASES_DIR, casesWritten, FACE, HEIGHT, sampleImagesDir, WIDTH } from './posture-case-list.mjs'

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

/** Writes every case into `outDir` as <name>.png and <name>.y4m (unless there already); returns the folder. */
export async function writeCases(outDir = CASES_DIR, { again = false } = {}) {
  const images = sampleImagesDir()
  if (!images) throw new Error('The sample photos are not installed: see .ci/run (python3-skimage).')
  if (!again && casesWritten(outDir)) return outDir
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
  void writeCases(process.argv[2], { again: true }).then((dir) => console.log(`Posture cases written to ${dir}`))
}
