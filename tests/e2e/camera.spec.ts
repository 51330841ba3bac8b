import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs'
import { spawnSync } from 'node:child_process'
import { CASES_DIR, casesWritten, sampleImagesDir } from '../../scripts/posture-case-list.mjs'
import { expect, freezeClock, test } from './fixtures'

const SWITCH = 'Use the camera for posture and presence'
const CALIBRATE = 'Sit as you want to sit, then calibrate'

/** In the page: counts the streams opened, keeps their tracks, and lists every notification's title. */
const COUNT_CAMERA_AND_NOTIFICATIONS = `
  const counts = { streams: 0, notifications: [] }
  window.glanceCount = 0
  addEventListener('unknot-glance', () => window.glanceCount++)
  const tracks = []
  window.cameraCounts = counts
  window.liveTracks = () => tracks.filter((track) => track.readyState === 'live')
  const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices)
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const stream = await open(constraints)
    counts.streams++
    tracks.push(...stream.getTracks())
    return stream
  }
  const Real = window.Notification
  window.Notification = class extends Real {
    constructor(title, options) {
      super(title, options)
      counts.notifications.push(title)
    }
  }
`

/**
 * Chromium's fake camera shows one still per start, so each case runs in its own start of a browser that keeps
 * one profile (and so the settings and the calibration in its storage). The page counts the camera's streams and
 * notifications itself, so the test can see that every glance closed the camera and that a drift nudged once.
 */
async function openWithCamera(profile: string, kase: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions,
    args: [
      ...chromiumLaunchOptions.args,
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${resolve(CASES_DIR, `${kase}.y4m`)}`,
    ],
    permissions: ['camera', 'notifications'],
  })
  // A returning user, as in every other browser test (playwright.config.ts), so Today opens rather than the setup.
  await context.addInitScript({
    content: `if (!localStorage.getItem('unknot.settings')) localStorage.setItem('unknot.settings', '{"version":1}')`,
  })
  await context.addInitScript({ content: COUNT_CAMERA_AND_NOTIFICATIONS })
  const page = context.pages()[0] ?? (await context.newPage())
  await freezeClock(page, '2026-11-25T09:00:00')
  return { context, page }
}

type Counted = { streams: number; notifications: string[] }
const counts = (page: Page) => page.evaluate<Counted>('window.cameraCounts')
const liveTracks = (page: Page) => page.evaluate<number>('window.liveTracks().length')
const glances = (page: Page) => page.evaluate<number>('window.glanceCount')

/**
 * Moves page time to the next glance and waits for it to have been read (the detector runs in real time). The core
 * schedules glances, and it starts in the leading tab only after the page has loaded (its Web Lock, its IndexedDB):
 * call this once the page shows something from the core that says the camera is on, or the step may come first.
 */
async function nextGlance(page: Page, ms = 30_000): Promise<void> {
  const before = await glances(page)
  await page.clock.runFor(ms)
  await expect.poll(() => glances(page), { timeout: 120_000 }).toBeGreaterThan(before)
}

test.describe('posture and presence from the camera', () => {
  // CI installs the photos (.ci/run), so there a missing photo is a failure, never a silent skip.
  test.skip(
    !sampleImagesDir() && !process.env['CI'],
    'The sample photos (python3-skimage) are not installed: see .ci/run',
  )
  test.setTimeout(600_000)

  let profile: string
  test.beforeAll(() => {
    if (!casesWritten()) spawnSync(process.execPath, ['scripts/posture-cases.mjs'], { stdio: 'inherit' })
    profile = mkdtempSync(join(tmpdir(), 'unknot-camera-e2e-'))
  })
  test.afterAll(() => rmSync(profile, { recursive: true, force: true }))

  test('turn on, calibrate, a held drift nudges once, nobody reads as away, off closes the camera', async ({
    baseURL,
  }) => {
    // Centred: turn on, then calibrate.
    let { context, page } = await openWithCamera(profile, 'centred')
    await page.goto(`${baseURL}/#/settings`)
    await page.getByRole('checkbox', { name: SWITCH }).check()
    await expect(page.getByText('Right now: waiting for the first glance.')).toBeVisible()
    await nextGlance(page, 0)
    await expect(page.getByText('Right now: at the desk.')).toBeVisible()
    await page.getByRole('button', { name: CALIBRATE }).click()
    await expect(page.getByText(/^Calibrating/)).toBeVisible()
    await nextGlance(page, 0)
    await expect(page.getByText(/^Calibrated\./)).toBeVisible()
    await expect(page.getByText('Right now: at the desk, sitting upright.')).toBeVisible()
    expect(await liveTracks(page)).toBe(0)
    await context.close()

    // Leaning in: held for three minutes, one nudge, and no second within the spacing.
    ;({ context, page } = await openWithCamera(profile, 'leaning-in'))
    await page.goto(`${baseURL}/#/today`)
    await expect(page.getByRole('heading', { name: 'Posture today' })).toBeVisible()
    await nextGlance(page, 0)
    for (let i = 0; i < 5; i++) await nextGlance(page)
    expect((await counts(page)).notifications).toEqual([])
    for (let i = 0; i < 4; i++) await nextGlance(page)
    await expect(page.getByText('You have been leaning towards the screen')).toBeVisible()
    expect((await counts(page)).notifications).toEqual(['You have been leaning towards the screen'])
    expect(await liveTracks(page)).toBe(0)
    await context.close()

    // Nobody: two empty glances are an empty desk; then turning it off opens the camera no more.
    ;({ context, page } = await openWithCamera(profile, 'nobody'))
    await page.goto(`${baseURL}/#/settings`)
    await expect(page.getByText('Right now: waiting for the first glance.')).toBeVisible()
    await nextGlance(page, 0)
    await nextGlance(page)
    await expect(page.getByText('Right now: nobody at the desk.')).toBeVisible()
    await page.getByRole('checkbox', { name: SWITCH }).uncheck()
    await expect(page.getByRole('checkbox', { name: SWITCH })).not.toBeChecked()
    const opened = (await counts(page)).streams
    await page.clock.runFor(10 * 60_000)
    expect((await counts(page)).streams).toBe(opened)
    expect(await liveTracks(page)).toBe(0)
    await context.close()
  })
})
