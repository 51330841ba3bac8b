// Renderer figures in Debian Chromium against the built web companion. Real time is fine here: this is a
// measurement, not a test. Writes bench/results/browser.json for scripts/bench.mjs to print against the README's
// budgets.
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { build, preview } from 'vite'
import { chromiumLaunchOptions } from '../scripts/chromium.mjs'
import { scenarios, withFiveYears } from './browser-scenarios.mjs'

const port = Number(process.env.UNKNOT_BENCH_PORT ?? 5197)
const base = `http://127.0.0.1:${port}`
const server = spawn(process.execPath, ['scripts/web.mjs', '--port', String(port)], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
await new Promise((resolve) => server.stdout.on('data', (chunk) => chunk.toString().includes('http://') && resolve()))

// React alone, and React with i18next, built like the renderer and served the same way on the next port: the floors
// of the start ratio.
const floorPort = port + 1
// Each page is built on its own, so React alone loads one script as before, not a chunk shared with the other.
for (const [index, page] of ['index.html', 'libraries.html'].entries()) {
  await build({
    configFile: false,
    root: 'bench/react-floor',
    base: './',
    logLevel: 'warn',
    build: {
      outDir: '../results/react-floor',
      emptyOutDir: index === 0,
      minify: true,
      rolldownOptions: { input: resolve('bench/react-floor', page) },
    },
  })
}
const floorServer = await preview({
  configFile: false,
  root: 'bench/react-floor',
  build: { outDir: '../results/react-floor' },
  preview: { port: floorPort, host: '127.0.0.1', strictPort: true, open: false },
  logLevel: 'warn',
})

const browser = await chromium.launch(chromiumLaunchOptions)

/** Interactive: a heading and a link show, and the page answers. */
async function headingAndLink(page) {
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page.getByRole('link', { name: 'Settings' }).waitFor()
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * Median of 5 cold loads: `open` navigates a fresh profile's page; measured once `ready` is true. `painted` is the
 * median first contentful paint of the same loads, `longestTask` the median of each load's longest main-thread task
 * until then (the page answers no input during one). One load before them is not counted: the first load of a page
 * after the build also warms the server and the disk, which would otherwise count against whichever page comes first.
 */
async function medianLoads(open, ready = headingAndLink) {
  const times = []
  const paints = []
  const longestTasks = []
  for (let i = -1; i < 5; i++) {
    const context = await browser.newContext()
    await context.addInitScript(() => {
      window.__longestTask = 0
      new PerformanceObserver((list) => {
        for (const task of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, task.duration)
      }).observe({ type: 'longtask', buffered: true })
    })
    const page = await context.newPage()
    await open(page)
    await ready(page)
    const { now, painted, longestTask } = await page.evaluate(() => ({
      now: performance.now(),
      painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      longestTask: window.__longestTask,
    }))
    if (i >= 0) {
      times.push(now)
      paints.push(painted)
      longestTasks.push(longestTask)
    }
    await context.close()
  }
  return { ready: median(times), painted: median(paints), longestTask: median(longestTasks) }
}
const figures = []
const add = (name, value, unit) => figures.push({ group: 'renderer', name, value, unit })

try {
  const gzipKiB = (files) =>
    files.reduce((sum, file) => sum + gzipSync(readFileSync(`out/renderer/assets/${file}`)).length, 0) / 1024
  const assets = readdirSync('out/renderer/assets').filter((file) => file.endsWith('.js'))
  // Charts, other languages and some screens load on first use, so what a start costs is measured apart.

  const emptyLoads = await medianLoads((page) => page.goto(base))
  // The scripts a returning person's start asked for before Today's break controls were on screen. Those asked for
  // after (the next screens' code, fetched ahead once the first screen is drawn) do not count, however soon after.
  const startScripts = await (async () => {
    const context = await browser.newContext()
    await context.addInitScript(() => {
      localStorage.setItem('unknot.settings', '{"version":1}')
      new MutationObserver((_changes, observer) => {
        if (!document.querySelector('section[aria-label="Break controls"]')) return
        window.__todayShownAt = performance.now()
        observer.disconnect()
      }).observe(document, { childList: true, subtree: true })
    })
    const page = await context.newPage()
    await page.goto(base)
    await page.getByRole('region', { name: 'Break controls' }).waitFor()
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < window.__todayShownAt)
        .map((entry) => new URL(entry.name).pathname.split('/').pop())
        .filter((file) => file.endsWith('.js')),
    )
    await context.close()
    return scripts
  })()
  add('JS loaded to show Today (gzip)', gzipKiB(startScripts), 'KiB')
  // The face detector (TensorFlow.js inside) loads only for someone who turns the camera on: counted apart.
  const detector = assets.filter((file) => file.startsWith('face-api'))
  add('JS size (gzip, all chunks incl. on-demand)', gzipKiB(assets.filter((file) => !detector.includes(file))), 'KiB')
  add('camera detector chunk (gzip, loaded only when the camera is on)', gzipKiB(detector), 'KiB')
  add('time to interactive (median of 5 cold loads)', emptyLoads.ready, 'ms')
  // The same wait on a blank page with a heading and a link, in this run, and on Today with five years of data.
  const blankLoads = await medianLoads(async (page) => {
    await page.route(`${base}/blank.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><title>Blank</title><h1>Blank</h1><a href="#">Settings</a></html>',
      }),
    )
    await page.goto(`${base}/blank.html`)
  })
  const blank = blankLoads.ready
  const fiveYearsLoads = await medianLoads(async (page) => {
    await withFiveYears(page)
    await page.goto(base)
  })
  const fiveYears = fiveYearsLoads.ready
  add('blank page interactive (heading and link, median of 5)', blank, 'ms')
  add('start ratio: Today interactive ÷ blank page, empty profile', emptyLoads.ready / blank, '×')
  add('start ratio: Today interactive ÷ blank page, five years of data', fiveYears / blank, '×')
  // The frame is in index.html: what a window shows first, against the blank page's first paint.
  add('first paint ÷ blank page, empty profile (the frame)', emptyLoads.painted / blankLoads.painted, '×')
  add('first paint ÷ blank page, five years of data (the frame)', fiveYearsLoads.painted / blankLoads.painted, '×')
  // What no React page can beat: React alone rendering a heading and a link, in this run.
  const reactAlone = (await medianLoads((page) => page.goto(`http://127.0.0.1:${floorPort}/`))).ready
  add('start ratio floor: React alone (heading and link) ÷ blank page', reactAlone / blank, '×')
  // And with i18next set up as the frame sets it up: what the window's libraries cost before any of Unknot runs.
  const librariesAlone = (await medianLoads((page) => page.goto(`http://127.0.0.1:${floorPort}/libraries.html`))).ready
  add('start ratio floor: React and i18next alone (heading and link) ÷ blank page', librariesAlone / blank, '×')
  // Beyond the frame: the first screen's own controls on screen, which needs the core's first snapshot.
  const setupShown = await medianLoads(
    (page) => page.goto(base),
    (page) => page.getByRole('button', { name: 'Skip setup' }).waitFor(),
  )
  const todayShown = await medianLoads(
    async (page) => {
      await withFiveYears(page)
      await page.goto(base)
    },
    (page) => page.getByRole('region', { name: 'Break controls' }).waitFor(),
  )
  add("first screen ready ÷ blank page, empty profile (the setup's buttons)", setupShown.ready / blank, '×')
  add("first screen ready ÷ blank page, five years (Today's break controls)", todayShown.ready / blank, '×')
  // The start's longest task: while it runs, a click or a key waits.
  add('longest main-thread task until the first screen is ready, empty profile', setupShown.longestTask, 'ms')
  add('longest main-thread task until the first screen is ready, five years', todayShown.longestTask, 'ms')

  for (const scenario of scenarios) {
    const context = await browser.newContext()
    // A returning user, so the screens open rather than the first-run setup.
    await context.addInitScript(() => {
      if (!localStorage.getItem('unknot.settings')) localStorage.setItem('unknot.settings', '{"version":1}')
    })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const results = await scenario.run({ page, cdp, base })
    for (const [name, value, unit] of results) add(name, value, unit)
    await context.close()
  }
} finally {
  await browser.close()
  await floorServer.close()
  server.kill()
}

mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/browser.json', JSON.stringify(figures, null, 2))
