import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** Every e2e page fails its test on any console error or uncaught exception. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await use(errors)
      expect(errors, 'console errors on the page').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/**
 * The page's clock stands still in every test (see `freezeClock`), so a reading on screen depends only on the
 * test's own `runFor` calls, never on how fast the machine is. Call it before the first navigation.
 */
export async function freezeClock(page: Page, localTime: string): Promise<void> {
  const time = new Date(localTime)
  // An installed clock flows until it is paused, so it starts a minute early and is paused at `time` exactly.
  await page.clock.install({ time: time.getTime() - 60_000 })
  await page.clock.pauseAt(time)
}

/**
 * axe waits on `setTimeout` between rules, which a paused page clock never fires. This copy of axe takes its
 * timers from the browser's own (Playwright keeps them as `__pwClock.builtins`), so it runs to the end while the
 * page's time stays where the test put it.
 */
const axeWithRealTimers = `(function (timers) {
var setTimeout = timers.setTimeout, clearTimeout = timers.clearTimeout;
${readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8')}
}).call(window, (window.__pwClock && window.__pwClock.builtins) || window)`

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page, axeSource: axeWithRealTimers }).analyze()
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
  expect(summary, 'axe violations').toEqual([])
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true })
}

/** A person at work: a key press every 20 s of page-clock time, so the page's idle reading stays near zero. */
export async function work(page: Page, ms: number): Promise<void> {
  for (let done = 0; done < ms; done += 20_000) {
    await page.keyboard.press('Shift')
    await page.clock.runFor(Math.min(20_000, ms - done))
  }
}
