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
import { fiveYearsStored, scenarios } from './browser-scenarios.mjs'
import { medianOfEach } from './medians.mjs'
import { startsWithoutDebugger } from './undebugged-starts.mjs'

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

// the figures' names say 9
const LOADS = 9

/**
 * Cold loads, each in a fresh profile: for every kind of start, the median of LOADS loads of the time it was
 * `ready`, of its first contentful paint (`painted`), and of its longest main-thread task until ready (the page
 * answers no input during one). The kinds take turns, one load of each per round, so that what a busy machine does
 * meanwhile weighs on every kind alike and their ratios compare the same moments. A first round is not counted: the
 * first load of a page after the build also warms the server and the disk.
 */
async function coldLoads(kinds) {
  const samples = Object.fromEntries(Object.keys(kinds).map((name) => [name, []]))
  for (let round = -1; round < LOADS; round++) {
    for (const [name, { open, ready = headingAndLink, storageState }] of Object.entries(kinds)) {
      const context = await browser.newContext(storageState ? { storageState } : {})
      await context.addInitScript(() => {
        window.__longestTask = 0
        new PerformanceObserver((list) => {
          for (const task of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, task.duration)
        }).observe({ type: 'longtask', buffered: true })
      })
      const page = await context.newPage()
      await open(page)
      await ready(page)
      const sample = await page.evaluate(() => ({
        ready: performance.now(),
        painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        longestTask: window.__longestTask,
      }))
      if (round >= 0) samples[name].push(sample)
      await context.close()
    }
  }
  return medianOfEach(samples)
}
const figures = []
const add = (name, value, unit) => figures.push({ group: 'renderer', name, value, unit })

try {
  const gzipKiB = (files) =>
    files.reduce((sum, file) => sum + gzipSync(readFileSync(`out/renderer/assets/${file}`)).length, 0) / 1024
  const assets = readdirSync('out/renderer/assets').filter((file) => file.endsWith('.js'))
  // Charts, other languages and some screens load on first use, so what a start costs is measured apart.

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
  const fiveYears = await fiveYearsStored(browser, base)
  const toToday = (page) => page.goto(base)
  const loads = await coldLoads({
    // a blank page with a heading and a link: the ratios' measure
    blank: {
      open: async (page) => {
        await page.route(`${base}/blank.html`, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><html lang="en"><title>Blank</title><h1>Blank</h1><a href="#">Settings</a></html>',
          }),
        )
        await page.goto(`${base}/blank.html`)
      },
    },
    empty: { open: toToday },
    fiveYears: { open: toToday, storageState: fiveYears },
    // What no React page can beat: React alone rendering a heading and a link; then with i18next set up as the frame
    // sets it up, what the window's libraries cost before any of Unknot runs.
    reactAlone: { open: (page) => page.goto(`http://127.0.0.1:${floorPort}/`) },
    librariesAlone: { open: (page) => page.goto(`http://127.0.0.1:${floorPort}/libraries.html`) },
    // Beyond the frame: the first screen's own controls on screen, which needs the core's first snapshot.
    setupShown: { open: toToday, ready: (page) => page.getByRole('button', { name: 'Skip setup' }).waitFor() },
    todayShown: {
      open: toToday,
      storageState: fiveYears,
      ready: (page) => page.getByRole('region', { name: 'Break controls' }).waitFor(),
    },
  })
  const blank = loads.blank.ready
  add('time to interactive (median of 9 cold loads)', loads.empty.ready, 'ms')
  add('blank page interactive (heading and link, median of 9)', blank, 'ms')
  add('start ratio under Playwright: Today interactive ÷ blank page, empty profile', loads.empty.ready / blank, '×')
  add(
    'start ratio under Playwright: Today interactive ÷ blank page, five years of data',
    loads.fiveYears.ready / blank,
    '×',
  )
  // The frame is in index.html: what a window shows first, against the blank page's first paint.
  add('first paint ÷ blank page, empty profile (the frame)', loads.empty.painted / loads.blank.painted, '×')
  add('first paint ÷ blank page, five years of data (the frame)', loads.fiveYears.painted / loads.blank.painted, '×')
  add(
    'start ratio floor under Playwright: React alone (heading and link) ÷ blank page',
    loads.reactAlone.ready / blank,
    '×',
  )
  add(
    'start ratio floor under Playwright: React and i18next alone (heading and link) ÷ blank page',
    loads.librariesAlone.ready / blank,
    '×',
  )
  add("first screen ready ÷ blank page, empty profile (the setup's buttons)", loads.setupShown.ready / blank, '×')
  add("first screen ready ÷ blank page, five years (Today's break controls)", loads.todayShown.ready / blank, '×')
  // The start's longest task: while it runs, a click or a key waits.
  add('longest main-thread task until the first screen is ready, empty profile', loads.setupShown.longestTask, 'ms')
  add('longest main-thread task until the first screen is ready, five years', loads.todayShown.longestTask, 'ms')

  // The same starts as a window runs them, with no debugger attached to the page (bench/undebugged-starts.mjs says
  // what Playwright's debugger costs a page with React DOM): these are the ratios the budgets are for.
  const undebugged = await startsWithoutDebugger({
    chromium: chromiumLaunchOptions,
    folders: { '/': 'out/renderer', '/floor/': 'bench/results/react-floor' },
    fiveYears: 'bench/results/five-years-data.document',
    kinds: {
      blank: { path: '/blank.html' },
      empty: { path: '/' },
      fiveYears: { path: '/', seeded: true },
      reactAlone: { path: '/floor/index.html' },
      librariesAlone: { path: '/floor/libraries.html' },
    },
    rounds: LOADS,
    port: port + 2,
  })
  const blankAnswers = undebugged.blank.answered
  add('blank page answers, no debugger attached (heading and link, median of 9)', blankAnswers, 'ms')
  add(
    'start ratio, no debugger attached: Today answers ÷ blank page, empty profile',
    undebugged.empty.answered / blankAnswers,
    '×',
  )
  add(
    'start ratio, no debugger attached: Today answers ÷ blank page, five years of data',
    undebugged.fiveYears.answered / blankAnswers,
    '×',
  )
  add(
    'start ratio floor, no debugger attached: React alone ÷ blank page',
    undebugged.reactAlone.answered / blankAnswers,
    '×',
  )
  add(
    'start ratio floor, no debugger attached: React and i18next alone ÷ blank page',
    undebugged.librariesAlone.answered / blankAnswers,
    '×',
  )
  add(
    'first paint ÷ blank page, no debugger attached, five years of data (the frame)',
    undebugged.fiveYears.painted / undebugged.blank.painted,
    '×',
  )
  // Tasks over 50 ms only (the browser's long tasks): 0 means none.
  add(
    'longest task over 50 ms until Today answers, no debugger attached, five years',
    undebugged.fiveYears.longestTask,
    'ms',
  )

  for (const scenario of scenarios) {
    const context = await browser.newContext()
    // A returning user, so the screens open rather than the first-run setup.
    await context.addInitScript(() => {
      if (!localStorage.getItem('unknot.settings')) localStorage.setItem('unknot.settings', '{"version":1}')
    })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const results = await scenario.run({ page, cdp, base, fiveYears })
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
