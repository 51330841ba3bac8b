import { readFileSync } from 'node:fs'
/** Main-thread busy time (ms) per second of real time while `page` sits as it is. */
export async function busyPerSecond(cdp, seconds) {
  const taskDuration = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration').value
  const before = await taskDuration()
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
  return (((await taskDuration()) - before) * 1000) / seconds
}

/**
 * Waits for the start to be over: the first snapshot on screen (the screen's own `ready` locator), then the code of
 * the other screens fetched in the background (no new script for a second), so what is measured next is the
 * page at rest, not the end of its start.
 */
export async function startOver(page, ready) {
  await ready.waitFor()
  const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').length)
  for (let before = -1, now = await scripts(); now !== before; before = now, now = await scripts()) {
    await page.waitForTimeout(1000)
  }
}

/** Long tasks (> 50 ms) seen on the page while `work` runs. */
async function longTasksDuring(page, work) {
  await page.evaluate(() => {
    window.__longTasks = 0
    new PerformanceObserver((list) => (window.__longTasks += list.getEntries().length)).observe({ type: 'longtask' })
  })
  await work()
  return page.evaluate(() => window.__longTasks)
}

/**
 * Five simulated years of history (bench/five-years.bench.ts wrote them) as the web companion keeps them, for
 * `browser.newContext({ storageState })`: one start moves them from where an earlier version kept them
 * (localStorage) into the browser's database, a second start reads them back from there, and the profile is then
 * saved. A measured start finds them stored, as a returning person's start does; nothing is written by the page
 * being measured, and no start measured is the one-off move.
 */
export async function fiveYearsStored(browser, base) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const data = readFileSync('bench/results/five-years-data.document', 'utf8')
  await page.addInitScript(
    ([settings, stored]) => {
      if (!localStorage.getItem('unknot.settings')) localStorage.setItem('unknot.settings', settings)
      if (!localStorage.getItem('unknot.data')) localStorage.setItem('unknot.data', stored)
    },
    ['{"version":1}', data],
  )
  const todayShown = () => page.getByRole('region', { name: 'Break controls' }).waitFor()
  await page.goto(base)
  await todayShown()
  await page.reload()
  await todayShown()
  const state = await context.storageState({ indexedDB: true })
  await context.close()
  return state
}

export const scenarios = [
  {
    name: 'five years: journal first page',
    async run({ page, base, fiveYears }) {
      // Each open in a fresh profile holding the five years, so each one loads the journal's code too.
      const browser = page.context().browser()
      const opens = []
      for (let i = 0; i < 5; i++) {
        const context = await browser.newContext({ storageState: fiveYears })
        const fresh = await context.newPage()
        await fresh.goto(`${base}/#/today`)
        // Opened from a running companion (Today's break controls show once the core's first snapshot is on
        // screen), so the figure is the journal's own opening, not the start before it.
        await fresh.getByRole('region', { name: 'Break controls' }).waitFor()
        opens.push(
          await fresh.evaluate(async () => {
            const shown = () => document.querySelector('ul.journal-entries > li')
            const start = performance.now()
            document.querySelector('a[href="#/journal"]').click()
            while (!shown()) await new Promise((resolve) => requestAnimationFrame(resolve))
            return performance.now() - start
          }),
        )
        await context.close()
      }
      opens.sort((a, b) => a - b)
      return [['five years: journal screen opened to its first page shown (median of 5)', opens[2], 'ms']]
    },
  },
  {
    name: 'today screen idle',
    async run({ page, cdp, base }) {
      // Reminders on outside working hours too, so Today counts down to the next break whatever the hour the bench
      // runs at. Not Playwright's page clock: moving in real time, it fires a timer of its own on the page every
      // 100 ms (a trace of 5 s counted 44 tasks a second with it, 22 without), which this figure would count.
      await page.addInitScript(() =>
        localStorage.setItem(
          'unknot.settings',
          JSON.stringify({ version: 1, reminders: { workingHours: { remindOutside: true } } }),
        ),
      )
      await page.goto(`${base}/#/today`)
      await startOver(page, page.getByRole('region', { name: 'Break controls' }))
      const countdown = page.getByRole('timer')
      const before = await countdown.textContent()
      const busy = await busyPerSecond(cdp, 5)
      // measured while it counts, or the figure would be that of a page with nothing to do
      if ((await countdown.textContent()) === before) throw new Error(`Today's countdown stood still at ${before}.`)
      return [['main-thread busy, Today screen open, nothing running', busy, 'ms/s']]
    },
  },
  {
    name: 'routine player',
    async run({ page, cdp, base }) {
      await page.goto(`${base}/#/routines`)
      await startOver(page, page.getByRole('button', { name: 'Start Lower-back relief' }))
      await page.getByRole('button', { name: 'Start Lower-back relief' }).click()
      await page.getByRole('button', { name: 'Pause' }).waitFor()
      const figures = []
      const longTasks = await longTasksDuring(page, async () => {
        figures.push([
          'main-thread busy per second of routine countdown (animated figure)',
          await busyPerSecond(cdp, 10),
          'ms/s',
        ])
      })
      figures.push(['long tasks during 10 s of a routine', longTasks, 'count'])
      return figures
    },
  },
  {
    name: 'routine heap',
    async run({ page, cdp, base }) {
      await page.clock.install()
      await page.goto(`${base}/#/routines`)
      await page.getByRole('button', { name: 'Start Lower-back relief' }).click()
      await page.getByRole('button', { name: 'Pause' }).waitFor()
      // Ten minutes of routines on the page's clock (the routine ends and is started again as needed).
      for (let minute = 0; minute < 10; minute++) {
        await page.clock.runFor(60_000)
        const again = page.getByRole('button', { name: 'Start Lower-back relief' })
        if (await again.isVisible()) await again.click()
        const skip = page.getByRole('button', { name: 'Skip rating' })
        if (await skip.isVisible()) await skip.click()
      }
      await cdp.send('HeapProfiler.collectGarbage')
      const { usedSize: heap } = await cdp.send('Runtime.getHeapUsage')
      return [['JS heap after 10 minutes of routines (page clock)', heap / 2 ** 20, 'MiB']]
    },
  },
  {
    name: 'therapy countdown',
    async run({ page, cdp, base }) {
      await startTherapySession(page, base)
      await page.getByRole('button', { name: 'Pause' }).waitFor()
      return [['main-thread busy per second of therapy countdown', await busyPerSecond(cdp, 10), 'ms/s']]
    },
  },
  {
    name: 'hidden page',
    async run({ page, cdp, base }) {
      await startTherapySession(page, base)
      await page.evaluate(() => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => true })
        document.dispatchEvent(new Event('visibilitychange'))
      })
      return [['main-thread busy per second, countdown running but page hidden', await busyPerSecond(cdp, 10), 'ms/s']]
    },
  },
]

/** The default episode through its safety list to a running session. */
async function startTherapySession(page, base) {
  await page.goto(`${base}/#/therapy`)
  await startOver(page, page.getByRole('button', { name: 'Start episode' }))
  await page.getByRole('button', { name: 'Start episode' }).click()
  const checklist = page.getByRole('group', { name: 'Read and tick each point' })
  for (const box of await checklist.getByRole('checkbox').all()) await box.check()
  await page.getByRole('button', { name: 'I have read these' }).click()
  await page.getByRole('button', { name: /^Start (heat|cold) session/ }).click()
}
