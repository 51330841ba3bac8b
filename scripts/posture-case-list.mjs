// The posture cases: which sample photo, where its face goes in the camera frame, and what a calibration on
// "centred" should make of it. scripts/posture-cases.mjs draws them; the e2e test and the bench read them.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export const WIDTH = 640
export const HEIGHT = 480
export const CASES_DIR = 'test-results/posture-cases'
const DEFAULT_IMAGES = '.cache/sample-images/usr/lib/python3/dist-packages/skimage/data'

/** Where the sample photos are, or null when they are not installed here. */
export function sampleImagesDir() {
  const dir = process.env['UNKNOT_SAMPLE_IMAGES'] ?? DEFAULT_IMAGES
  return existsSync(join(dir, 'astronaut.png')) ? dir : null
}

// In astronaut.png (512 × 512) the face's centre is near (225, 120) and it is about 110 px tall.
export const FACE = { x: 225, y: 120 }
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

/** Whether every case's camera file is in `dir`. */
export function casesWritten(dir = CASES_DIR) {
  return CASES.every((kase) => existsSync(join(dir, `${kase.name}.y4m`)))
}
