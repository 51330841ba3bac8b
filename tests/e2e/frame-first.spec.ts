import { test as plainTest, type Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Holds the app's chunk (everything but the frame) until the returned function is called. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release = (): void => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/app-[^/]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  return release
}

test('the frame shows and its navigation answers before the rest of the app has arrived', async ({ page }) => {
  const release = await holdTheApp(page)
  const appRequested = page.waitForRequest(/\/assets\/app-[^/]+\.js$/)
  await page.goto('/', { waitUntil: 'commit' })
  await appRequested
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await expect(page.getByRole('status')).toHaveText('Starting…')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  // Still the frame alone: the app has not arrived.
  await expect(page.getByRole('status')).toHaveText('Starting…')
  release()
  await expect(page.getByRole('spinbutton', { name: 'Volume' })).toBeVisible()
})

test('what the keyboard reached in the frame keeps its focus when the app arrives', async ({ page }) => {
  const release = await holdTheApp(page)
  await page.goto('/', { waitUntil: 'commit' })
  await expect(page.getByRole('status')).toHaveText('Starting…')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Is this serious?' })).toBeFocused()
  release()
  await expect(page.getByRole('region', { name: 'Break controls' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Is this serious?' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Today' })).toBeFocused()
})

// The page's own console reports the failed request, which the shared fixture would count as an error.
plainTest('when the app cannot be loaded, the frame says so in words and offers a reload', async ({ page }) => {
  await page.route(/\/assets\/app-[^/]+\.js$/, (route) => route.abort('connectionfailed'))
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Unknot could not finish loading. Your data is safe')
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await page.unroute(/\/assets\/app-[^/]+\.js$/)
  await alert.getByRole('button', { name: 'Reload' }).click()
  await expect(page.getByRole('region', { name: 'Break controls' })).toBeVisible()
})
