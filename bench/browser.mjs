// Renderer figures in Debian Chromium against the built web companion. Real time is fine here: this is a
// measurement, not a test. Writes bench/results/browser.json for scripts/bench.mjs to print against the README's
// budgets.
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../scripts/chromium.mjs'
import { scenarios, withFiveYears } from './browser-scenarios.mjs'

const port = Number(process.env.UNKNOT_BENCH_PORT ?? 5197)
const base = `http://127.0.0.1:${port}`
const server = spawn(process.execPath, ['scripts/web.mjs', '--port', String(port)], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
await new Promise((resolve) => server.stdout.on('data', (chunk) => chunk.toString().includes('http://') && resolve()))

const browser = await chromium.launch(chromiumLaunchOptions)

/** Median of 5 cold loads: `open` navigates a fresh profile's page; interactive once a heading and a link show. */
async function medianLoad(open) {
  const times = []
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await open(page)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.getByRole('link', { name: 'Settings' }).waitFor()
    times.push(await page.evaluate(() => performance.now()))
    await context.close()
  }
  return times.sort((a, b) => a - b)[2]
}
const figures = []
const add = (name, value, unit) => figures.push({ group: 'renderer', name, value, unit })

try {
  const gzipKiB = (files) =>
    files.reduce((sum, file) => sum + gzipSync(readFileSync(`out/renderer/assets/${file}`)).length, 0) / 1024
  const assets = readdirSync('out/renderer/assets').filter((file) => file.endsWith('.js'))
  // Charts, other languages and some screens load on first use, so what a start costs is measured apart.
  let startScripts = []

  const loads = []
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(base)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.getByRole('link', { name: 'Settings' }).waitFor()
    loads.push(await page.evaluate(() => performance.now()))
    startScripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.split('/').pop())
        .filter((file) => file.endsWith('.js')),
    )
    await context.close()
  }
  add('JS loaded to show Today (gzip)', gzipKiB(startScripts), 'KiB')
  // The face detector (TensorFlow.js inside) loads only for someone who turns the camera on: counted apart.
  const detector = assets.filter((file) => file.startsWith('face-api'))
  add('JS size (gzip, all chunks incl. on-demand)', gzipKiB(assets.filter((file) => !detector.includes(file))), 'KiB')
  add('camera detector chunk (gzip, loaded only when the camera is on)', gzipKiB(detector), 'KiB')
  loads.sort((a, b) => a - b)
  add('time to interactive (median of 5 cold loads)', loads[2], 'ms')
  // The same wait on a blank page with a heading and a link, in this run, and on Today with five years of data.
  const blank = await medianLoad(async (page) => {
    await page.route(`${base}/blank.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><title>Blank</title><h1>Blank</h1><a href="#">Settings</a></html>',
      }),
    )
    await page.goto(`${base}/blank.html`)
  })
  const fiveYears = await medianLoad(async (page) => {
    await withFiveYears(page)
    await page.goto(base)
  })
  add('blank page interactive (heading and link, median of 5)', blank, 'ms')
  add('start ratio: Today interactive ÷ blank page, empty profile', loads[2] / blank, '×')
  add('start ratio: Today interactive ÷ blank page, five years of data', fiveYears / blank, '×')

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
  server.kill()
}

mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/browser.json', JSON.stringify(figures, null, 2))
