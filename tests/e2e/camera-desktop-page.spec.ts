import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs'
import { CASES_DIR, casesWritten, sampleImagesDir } from '../../scripts/posture-case-list.mjs'
import type { GlanceResult } from '../../src/shared/contract/camera-channels'
import { expect, freezeClock, test } from './fixtures'

/**
 * The desktop app's hidden camera page (camera.html), as built, in Chromium with a fake camera. Electron's camera
 * preload is played by a stand-in with the same two functions: it hands the page a glance request and keeps the
 * answers, and the page's own camera tracks are kept to see that each glance closed the camera.
 */
const CAMERA_PRELOAD_STAND_IN = `
  let listener = null
  window.cameraAnswers = []
  window.unknotCamera = {
    onGlanceRequest: (heard) => { listener = heard; return () => { listener = null } },
    sendGlance: async (result) => { window.cameraAnswers.push(result) },
  }
  window.askForGlance = (id) => listener && listener({ id })
  const tracks = []
  window.liveTracks = () => tracks.filter((track) => track.readyState === 'live').length
  const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices)
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const stream = await open(constraints)
    tracks.push(...stream.getTracks())
    return stream
  }
`

async function cameraPageWith(kase: string, baseURL: string | undefined, profile: string) {
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions,
    args: [
      ...chromiumLaunchOptions.args,
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${resolve(CASES_DIR, `${kase}.y4m`)}`,
    ],
    permissions: ['camera'],
  })
  await context.addInitScript({ content: CAMERA_PRELOAD_STAND_IN })
  const page: Page = context.pages()[0] ?? (await context.newPage())
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto(`${baseURL}/camera.html`)
  return { context, page }
}

const answers = (page: Page) => page.evaluate<GlanceResult[]>('window.cameraAnswers')

test.describe("the desktop's hidden camera page", () => {
  // CI installs the photos (.ci/run), so there a missing photo is a failure, never a silent skip.
  test.skip(
    !sampleImagesDir() && !process.env['CI'],
    'The sample photos (python3-skimage) are not installed: see .ci/run',
  )
  test.setTimeout(300_000)
  // one worker, so the cases are drawn once
  test.describe.configure({ mode: 'serial' })

  let profile: string
  test.beforeAll(() => {
    if (!casesWritten()) spawnSync(process.execPath, ['scripts/posture-cases.mjs'], { stdio: 'inherit' })
  })
  test.beforeEach(() => {
    profile = mkdtempSync(join(tmpdir(), 'unknot-camera-page-e2e-'))
  })
  test.afterEach(() => rmSync(profile, { recursive: true, force: true }))

  test('answers a glance request with the face’s numbers only, under its id, and closes the camera', async ({
    baseURL,
  }) => {
    const { context, page } = await cameraPageWith('centred', baseURL, profile)
    await page.evaluate('window.askForGlance(1)')
    await expect.poll(() => answers(page), { timeout: 120_000 }).toHaveLength(1)
    const [answer] = await answers(page)
    expect(Object.keys(answer ?? {}).sort()).toEqual(['face', 'id', 'ok'])
    expect(answer).toMatchObject({ id: 1, ok: true })
    const face = answer?.ok ? answer.face : null
    expect(Object.keys(face ?? {}).sort()).toEqual(['roll', 'size', 'x', 'y'])
    expect(face?.x).toBeGreaterThan(0.3)
    expect(face?.x).toBeLessThan(0.7)
    expect(await page.evaluate<number>('window.liveTracks()')).toBe(0)
    await context.close()
  })

  test('answers "nobody" when no face is in view', async ({ baseURL }) => {
    const { context, page } = await cameraPageWith('nobody', baseURL, profile)
    await page.evaluate('window.askForGlance(7)')
    await expect.poll(() => answers(page), { timeout: 120_000 }).toEqual([{ id: 7, ok: true, face: null }])
    expect(await page.evaluate<number>('window.liveTracks()')).toBe(0)
    await context.close()
  })
})
