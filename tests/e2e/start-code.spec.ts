import type { Page } from '@playwright/test'
import { expect, freezeClock, test } from './fixtures'

/** The code loaded on first use, by the name its chunk's file starts with. */
const ON_FIRST_USE = [
  'RoutinesScreen',
  'SettingsScreen',
  'TherapyScreen',
  'LearnScreen',
  'RedFlagsScreen',
  'JournalScreen',
  'SetupScreen',
  'BreakScreen',
  'BreakScreenPage',
]

/** The chunks of every script the page asks for from now on ("SettingsScreen" for SettingsScreen-a1B2c3D4.js). */
function scriptsRequested(page: Page): string[] {
  const chunks: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') chunks.push(chunkOf(request.url()))
  })
  return chunks
}

function chunkOf(url: string): string {
  return (new URL(url).pathname.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, '')
}

const settingsCode = (url: URL) => chunkOf(url.href) === 'SettingsScreen'

test.beforeEach(async ({ page }) => {
  // Background fetches wait for an idle moment, which the paused page clock holds back until a test moves it.
  await freezeClock(page, '2026-11-25T09:00:00')
})

test('a start loads only what Today needs; Settings loads its code as the pointer reaches its link', async ({
  page,
}) => {
  const scripts = scriptsRequested(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: 'Next break in' })).toBeVisible()
  expect(scripts).toEqual(expect.arrayContaining(['main', 'frame', 'app']))
  // The journal's code is fetched as soon as the first snapshot shows (a click right after the start opens it), so it
  // may already be asked for when Today's content shows; nothing else is.
  expect(scripts.filter((chunk) => ON_FIRST_USE.includes(chunk) && chunk !== 'JournalScreen')).toEqual([])

  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' })
  const fetched = page.waitForRequest((request) => settingsCode(new URL(request.url())))
  await link.hover()
  await fetched
  await link.click()
  await expect(page.getByRole('spinbutton', { name: 'Volume' })).toBeVisible()
})

test('a start adds no preload links for code: each chunk is fetched by the import that runs it', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: 'Next break in' })).toBeVisible()
  // Vite's default adds one per chunk an import needs, those already running included (electron.vite.config.ts).
  await expect(page.locator('link[rel="modulepreload"]')).toHaveCount(0)
  // A chunk's stylesheet still comes with it: Today's is linked once, and loaded.
  await expect(page.locator('link[rel="stylesheet"][href*="/app-"]')).toHaveCount(1)
  const rules = await page.evaluate<number[]>(
    "[...document.styleSheets].filter((sheet) => sheet.href?.includes('/app-')).map((sheet) => sheet.cssRules.length)",
  )
  expect(rules).toHaveLength(1)
  expect(rules[0]).toBeGreaterThan(0)
})

test('once Today is on screen, the other screens and a break’s cover are fetched in idle moments', async ({ page }) => {
  const scripts = scriptsRequested(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: 'Next break in' })).toBeVisible()
  // One fetch per idle moment: the page clock moves until every one has been asked for.
  await expect(async () => {
    await page.clock.runFor(100)
    expect(ON_FIRST_USE.filter((chunk) => chunk !== 'BreakScreenPage' && !scripts.includes(chunk))).toEqual([])
  }).toPass({ intervals: [0], timeout: 30_000 })
})

test('a screen whose code cannot load says so, and opens on "Try again" once the code is reachable', async ({
  page,
  consoleErrors,
}) => {
  await page.route(settingsCode, (route) => route.abort('internetdisconnected'))
  await page.goto('/#/settings')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('This screen could not be loaded. Check your connection, then try again.')
  // The browser reports the failed request in the console: expected here, and only that.
  expect(new Set(consoleErrors)).toEqual(new Set(['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']))
  consoleErrors.length = 0

  await page.unroute(settingsCode)
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('spinbutton', { name: 'Volume' })).toBeVisible()
})
