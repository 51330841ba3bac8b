import { readdirSync, readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, freezeClock, test } from './fixtures'

// The web companion's core (the companion, IndexedDB, restoring) is built into a chunk of its own, loaded with
// import() once a tab is to run it. The build step runs before these tests, and the web companion serves out/renderer.
const BUILT = 'out/renderer'
const CORE_CHUNK = /browser-leader-[\w-]+\.js$/
/** said only by the core's restore, so found only in code that carries the companion */
const CORE_TEXT = 'Part of your saved data could not be read.'
/** a property on every schema of zod's, so found only in code that carries the validation library */
const VALIDATION_CODE = '_zod'
/** shown by Today once the core runs */
const ready = (page: Page) => page.getByRole('heading', { level: 2, name: 'Next break in' })

/**
 * The scripts a start of the built page evaluates before anything is imported on demand: the page's own scripts, the
 * frame's code they import at once, and what those import statically.
 */
function startScripts(): Set<string> {
  const html = readFileSync(`${BUILT}/index.html`, 'utf8')
  const waiting = [...html.matchAll(/<script type="module"[^>]*src="\.\/assets\/([^"]+)"/g)].map((match) => match[1])
  waiting.push(...readdirSync(`${BUILT}/assets`).filter((file) => /^frame-[\w-]+\.js$/.test(file)))
  const seen = new Set<string>()
  for (let file = waiting.pop(); file !== undefined; file = waiting.pop()) {
    if (seen.has(file)) continue
    seen.add(file)
    // static imports only: `import{a}from"./x.js"` and `import"./x.js"`, never `import("./x.js")`
    for (const [, next] of readFileSync(`${BUILT}/assets/${file}`, 'utf8').matchAll(/(?:from|import)"\.\/([^"]+)"/g))
      waiting.push(next)
  }
  return seen
}

/** What the page asked the server for, by path. */
function requested(page: Page): string[] {
  const paths: string[] = []
  page.on('request', (request) => paths.push(new URL(request.url()).pathname))
  return paths
}

/** The desktop app's preload bridge, as far as a page that never gets a snapshot needs it. */
const desktopBridge = `(() => {
  window.asked = []
  window.unknot = {
    getSnapshot: () => { window.asked.push('getSnapshot'); return new Promise(() => {}) },
    dispatch: () => new Promise(() => {}),
    query: () => new Promise(() => {}),
    checkDesktop: () => new Promise(() => {}),
    on: () => () => {},
  }
})()`

test('the core is not among the scripts a start evaluates', () => {
  const core = readdirSync(`${BUILT}/assets`).filter((file) => CORE_CHUNK.test(file))
  expect(core).toHaveLength(1)
  expect(readFileSync(`${BUILT}/assets/${core[0]}`, 'utf8')).toContain(CORE_TEXT)
  const start = [...startScripts()]
  expect(start.some((file) => file.startsWith('main-'))).toBe(true)
  expect(start.some((file) => file.startsWith('frame-'))).toBe(true)
  expect(start).not.toContain(core[0])
  for (const file of start) expect(readFileSync(`${BUILT}/assets/${file}`, 'utf8'), file).not.toContain(CORE_TEXT)
})

test('the web companion loads its core after the page is shown; the desktop page never loads it', async ({ page }) => {
  await freezeClock(page, '2026-11-25T09:00:00')
  const web = requested(page)
  await page.goto('/#/today')
  await expect(ready(page)).toBeVisible()
  expect(web.filter((path) => CORE_CHUNK.test(path))).toHaveLength(1)

  const desktop = await page.context().newPage()
  await desktop.addInitScript({ content: desktopBridge })
  const asked = requested(desktop)
  await desktop.goto('/#/today')
  await expect(desktop.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await expect(desktop.getByRole('status')).toHaveText('Starting…')
  // the page has asked its bridge for the first snapshot: the start is over, and it took nothing of the core
  await expect
    .poll(() => desktop.evaluate(() => (globalThis as unknown as { asked: string[] }).asked))
    .toContain('getSnapshot')
  await desktop.waitForLoadState('load')
  const scripts = asked.filter((path) => path.endsWith('.js'))
  expect(scripts.length).toBeGreaterThan(0)
  expect(scripts.filter((path) => CORE_CHUNK.test(path))).toEqual([])
  // nor the validation library (zod) that the core's commands and restore need: the desktop validates in its main
  // process, and Today's page has nothing to validate
  for (const path of scripts) expect(readFileSync(`${BUILT}${path}`, 'utf8'), path).not.toContain(VALIDATION_CODE)
})

test('when the core cannot be loaded the page says so, and trying again starts it', async ({ page, consoleErrors }) => {
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.route(CORE_CHUNK, (route) => route.abort('internetdisconnected'))
  await page.goto('/#/today')
  const failure = page.getByRole('alert')
  await expect(failure).toHaveText(/Unknot could not finish loading\. Your data is safe/)
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  // the browser reports the failed download in the console: that one is expected here
  expect(consoleErrors.length).toBeGreaterThan(0)
  consoleErrors.splice(0)

  await page.unroute(CORE_CHUNK)
  await failure.getByRole('button', { name: 'Reload' }).click()
  await expect(ready(page)).toBeVisible()
  await expect(failure).toHaveCount(0)
})
