import { test as plainTest, type Page } from '@playwright/test'
import { expect, test } from './fixtures'

// The built index.html carries the window's frame, rendered at build time (scripts/frame-shell.mjs); its code
// (React, i18next: the frame-*.js chunk) takes those elements over when it arrives.
const FRAME_CODE = /\/assets\/frame-[^/]+\.js$/

/** Holds the frame's code until the returned function is called. */
async function holdTheFrameCode(page: Page): Promise<() => void> {
  let release = (): void => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(FRAME_CODE, async (route) => {
    await held
    await route.continue()
  })
  return release
}

test('the frame is on screen, and its links work, before its code has arrived', async ({ page }) => {
  const release = await holdTheFrameCode(page)
  const frameCodeAsked = page.waitForRequest(FRAME_CODE)
  await page.goto('/', { waitUntil: 'commit' })
  await frameCodeAsked
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await expect(page.getByRole('status')).toHaveText('Starting…')
  await expect(page.getByText(/not medical advice/)).toBeVisible()
  // No script of ours has run: following a link is the browser's own doing.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click()
  await expect(page).toHaveURL(/#\/journal$/)
  await expect(page.getByRole('link', { name: 'Journal' })).toBeFocused()
  release()
  // The start takes the same elements over on the screen the person chose, and focus moves to its heading, as it
  // would for a link followed later.
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeFocused()
  await expect(page.getByRole('link', { name: 'Journal' })).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('heading', { level: 2, name: 'Log a spasm' })).toBeVisible()
})

test('opened on another screen, the shipped frame names no screen until the start has taken over', async ({ page }) => {
  const release = await holdTheFrameCode(page)
  const frameCodeAsked = page.waitForRequest(FRAME_CODE)
  await page.goto('/#/journal', { waitUntil: 'commit' })
  await frameCodeAsked
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible()
  // The shipped heading says Today: hidden, and Today's link is not marked as the place the person is at.
  await expect(page.locator('h1')).toHaveText('Today')
  await expect(page.locator('h1')).toBeHidden()
  const todayLink = nav.getByRole('link', { name: 'Today' })
  const journalLink = nav.getByRole('link', { name: 'Journal' })
  const unmarked = 'rgba(0, 0, 0, 0)'
  await expect(todayLink).toHaveCSS('background-color', unmarked)
  release()
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible()
  await expect(journalLink).toHaveAttribute('aria-current', 'page')
  await expect(journalLink).not.toHaveCSS('background-color', unmarked)
  await expect(todayLink).toHaveCSS('background-color', unmarked)
  // Opened there, not moved there: focus stays at the top of the page.
  await expect(page.getByRole('heading', { level: 2, name: 'Log a spasm' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).not.toBeFocused()
})

test('opened on another screen, a link followed before the start took over moves focus to its heading', async ({
  page,
}) => {
  const release = await holdTheFrameCode(page)
  const frameCodeAsked = page.waitForRequest(FRAME_CODE)
  await page.goto('/#/settings', { waitUntil: 'commit' })
  await frameCodeAsked
  await page.getByRole('link', { name: 'Is this serious?' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/red-flags$/)
  release()
  await expect(page.getByRole('heading', { level: 1, name: 'Is this serious?' })).toBeFocused()
})

test('a break screen’s page ships without the frame, so its window never shows the app first', async ({ request }) => {
  const breakPage = await (await request.get('/break.html')).text()
  expect(breakPage).toContain('<div id="root"></div>')
  expect(breakPage).not.toContain('Skip to content')
  const mainPage = await (await request.get('/')).text()
  expect(mainPage).toMatch(/<h1 tabindex="-1">Today<\/h1>/)
})

test('the frame’s code asks V8 to compile it while it downloads, not on the start’s main thread', async ({ page }) => {
  const frameCode = page.waitForResponse(FRAME_CODE)
  await page.goto('/')
  // the hint counts only as the file's first line (scripts/compile-hints.mjs)
  expect((await (await frameCode).text()).split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad')
  await expect(page.getByRole('region', { name: 'Break controls' })).toBeVisible()
})

// The page's own console reports the failed request, which the shared fixture would count as an error.
plainTest(
  'when the frame’s code cannot be loaded, the frame says so in words and offers a reload',
  async ({ page }) => {
    await page.route(FRAME_CODE, (route) => route.abort('connectionfailed'))
    await page.goto('/')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Unknot could not finish loading. Your data is safe')
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
    await page.unroute(FRAME_CODE)
    await alert.getByRole('button', { name: 'Reload' }).click()
    await expect(page.getByRole('region', { name: 'Break controls' })).toBeVisible()
  },
)
