import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './scripts/chromium.mjs'

const port = Number(process.env['UNKNOT_E2E_PORT'] ?? 5198)
const baseURL = `http://127.0.0.1:${port}`

/**
 * Each browser test starts as someone who already uses Unknot (settings stored, so no first-run setup) and opens
 * where it asks; tests/e2e/first-run.spec.ts starts from an empty profile instead.
 */
const returningUser = {
  cookies: [],
  origins: [{ origin: baseURL, localStorage: [{ name: 'unknot.settings', value: '{"version":1}' }] }],
}

export default defineConfig({
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  // Time limits are for hangs, not speed: page time moves only by the tests' own clock calls, and a loaded
  // two-core machine may run a long test several times slower than an idle one.
  timeout: 240_000,
  expect: { timeout: 30_000 },
  workers: 2,
  forbidOnly: !!process.env['CI'],
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: { baseURL, launchOptions: chromiumLaunchOptions, storageState: returningUser },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: {
    command: `node scripts/web.mjs --port ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
