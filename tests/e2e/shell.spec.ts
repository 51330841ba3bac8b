import { expect, expectNoAxeViolations, screenshot, test } from './fixtures'

const SCREENS = ['Today', 'Routines', 'Therapy', 'Learn', 'Journal', 'Settings'] as const

test('the shell renders every screen, reachable from the navigation, with no console errors or axe violations', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  for (const name of SCREENS) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click()
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Is this serious?' })).toBeVisible()
    await expectNoAxeViolations(page)
    await screenshot(page, `shell-${name.toLowerCase()}`)
  }
})

test('settings are edited through the contract, validated, and kept across a reload', async ({ page }) => {
  await page.goto('/#/settings')
  const volume = page.getByRole('spinbutton', { name: 'Volume' })
  await volume.fill('150')
  await volume.press('Enter')
  await expect(page.getByText('Volume cannot be above 100%.')).toBeVisible()
  await screenshot(page, 'settings-validation')
  await volume.fill('35')
  await volume.press('Tab')
  await expect(page.getByText('Volume cannot be above 100%.')).toBeHidden()
  await page.getByRole('checkbox', { name: 'Soft chimes' }).uncheck()
  await page.reload()
  await expect(page.getByRole('spinbutton', { name: 'Volume' })).toHaveValue('35')
  await expect(page.getByRole('checkbox', { name: 'Soft chimes' })).not.toBeChecked()
})

test('the whole shell works from the keyboard alone', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Is this serious?' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Today' })).toBeFocused()
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Settings' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused()
})

test('a link followed by keyboard while the app’s code is still coming moves focus to its screen’s heading', async ({
  page,
}) => {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  // the chunk with the host, the companion and the screens (tests/e2e/frame-in-html.spec.ts holds the frame's)
  await page.route(/\/assets\/app-[\w-]{8}\.js$/, async (route) => {
    await released
    await route.continue()
  })
  await page.goto('/')
  await expect(page.getByRole('status')).toHaveText('Starting…')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused()
  release()
  await expect(page.getByRole('spinbutton', { name: 'Volume' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused()
})
