// The camera's figures in Debian Chromium, its fake camera fed from the posture cases (scripts/posture-cases.mjs):
// what a calibration on "centred" makes of every case, what one glance costs (the time the page's main thread is
// busy, and the CPU time of every process the bench started: the browser's, and its idle web server), and the JS
// heap the feature adds. Real time is fine here: this is a measurement, not a test. Skipped (with one line) where
// the sample photos are not installed. Writes bench/results/posture.json and bench/results/posture-cases.md.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../scripts/chromium.mjs'
import { CASES, CASES_DIR, sampleImagesDir } from '../scripts/posture-case-list.mjs'
import { writeCases } from '../scripts/posture-cases.mjs'
import { processTreeCpuMs } from './process-cpu.mjs'
import { startWebServer } from './web-server.mjs'

if (!sampleImagesDir()) {
  console.log('posture bench skipped: the sample photos (python3-skimage) are not installed; see .ci/run')
  process.exit(0)
}
await writeCases()

const server = await startWebServer(Number(process.env['UNKNOT_BENCH_PORT'] ?? 5196))
const base = server.base

const profile = mkdtempSync(join(tmpdir(), 'unknot-posture-bench-'))
const SWITCH = 'Use the camera for posture and presence'
const CALIBRATE = 'Sit as you want to sit, then calibrate'

/** A browser whose camera shows one case; the profile (and so the calibration) is the same for every case. */
async function withCamera(name, run) {
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions,
    args: [
      ...chromiumLaunchOptions.args,
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${resolve(CASES_DIR, `${name}.y4m`)}`,
    ],
    permissions: ['camera'],
  })
  // Someone who already uses Unknot (settings stored), so the app opens where asked rather than at its first-run setup.
  await context.addInitScript({
    content: `if (!localStorage.getItem('unknot.settings')) localStorage.setItem('unknot.settings', '{"version":1}')`,
  })
  await context.addInitScript({
    content: "window.glanceTimes = []; addEventListener('unknot-glance', (e) => window.glanceTimes.push(e.detail.ms))",
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${base}/#/settings`)
    return await run(page, context)
  } finally {
    await context.close()
  }
}

const glances = (page) => page.evaluate(() => window.glanceTimes.length)
async function nextGlance(page, count) {
  await page.waitForFunction((n) => window.glanceTimes.length > n, count, {
    timeout: 120_000,
  })
}
const statusText = (page) => page.locator('.posture-now').textContent()

const figures = []
const rows = []
try {
  // Calibrate on "centred", then time five more glances (calibrating asks for one at once).
  const measured = await withCamera('centred', async (page, context) => {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const metric = async (name) =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0
    await cdp.send('HeapProfiler.collectGarbage')
    const heapBefore = await metric('JSHeapUsedSize')
    await page.getByRole('checkbox', { name: SWITCH }).check()
    await nextGlance(page, 0)
    await page.getByRole('button', { name: CALIBRATE }).click()
    await page.getByText(/^Calibrated\./).waitFor({ timeout: 120_000 })
    const cpu = []
    const wall = []
    const allProcesses = []
    for (let i = 0; i < 5; i++) {
      const count = await glances(page)
      const busy = await metric('TaskDuration')
      const spent = processTreeCpuMs()
      await page.getByRole('button', { name: CALIBRATE }).click()
      await nextGlance(page, count)
      cpu.push(((await metric('TaskDuration')) - busy) * 1000)
      if (spent !== null) allProcesses.push(processTreeCpuMs() - spent)
      wall.push(await page.evaluate(() => window.glanceTimes.at(-1)))
    }
    await cdp.send('HeapProfiler.collectGarbage')
    const heapAfter = await metric('JSHeapUsedSize')
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]
    return {
      cpu: median(cpu),
      allProcesses: allProcesses.length > 0 ? median(allProcesses) : null,
      wall: median(wall),
      heap: (heapAfter - heapBefore) / 2 ** 20,
    }
  })
  figures.push(
    { group: 'camera', name: 'CPU per glance (main thread, median of 5)', value: measured.cpu, unit: 'ms' },
    ...(measured.allProcesses === null
      ? []
      : [
          {
            group: 'camera',
            name: 'CPU time per glance (every browser process, median of 5)',
            value: measured.allProcesses,
            unit: 'ms',
          },
        ]),
    { group: 'camera', name: 'glance, camera open to numbers (wall, median of 5)', value: measured.wall, unit: 'ms' },
    { group: 'camera', name: 'JS heap added while on', value: measured.heap, unit: 'MiB' },
  )

  // Every case against that calibration: the first glance after a start, or the second for an empty frame.
  for (const kase of CASES) {
    const said = await withCamera(kase.name, async (page) => {
      await nextGlance(page, 0)
      const first = await statusText(page)
      if (!/waiting for the first glance/.test(first ?? '')) return first
      await nextGlance(page, 1)
      return statusText(page)
    })
    rows.push({ name: kase.name, expect: kase.expect, said: said ?? '' })
  }
} finally {
  server.stop()
  rmSync(profile, { recursive: true, force: true })
}

const SAYS = {
  upright: /sitting upright/,
  'leaning-in': /leaning towards/,
  dropped: /dropped forward/,
  tilted: /tilted/,
  aside: /off to the side/,
}
const present = (said) => /^Right now: at the desk/.test(said)
const judged = (said) => Object.entries(SAYS).find(([, pattern]) => pattern.test(said))?.[0] ?? null
const table = rows.map(({ name, expect, said }) => {
  const wantsFace = expect !== 'nobody'
  const presence = present(said) === wantsFace ? 'detected' : wantsFace ? 'missed' : 'false'
  const verdict = judged(said)
  const posture =
    expect === 'present' || expect === 'nobody'
      ? '—'
      : verdict === expect
        ? 'detected'
        : verdict === null
          ? 'missed'
          : `false (${verdict})`
  return `| ${name} | ${wantsFace ? 'a face' : 'nobody'} | ${presence} | ${expect === 'present' || expect === 'nobody' ? '—' : expect} | ${posture} |`
})
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/posture.json', JSON.stringify(figures, null, 2))
writeFileSync(
  'bench/results/posture-cases.md',
  ['| case | in view | presence | posture expected | posture |', '|---|---|---|---|---|', ...table].join('\n') + '\n',
)
console.log(table.join('\n'))
