import { expect, expectNoAxeViolations, screenshot, test } from './fixtures'

test('Spanish is chosen in Settings, applies at once and is kept across a reload', async ({ page }) => {
  await page.goto('/#/settings')
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es')
  await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await page.reload()
  const nav = page.getByRole('navigation', { name: 'Principal' })
  await expect(nav.getByRole('link', { name: 'Hoy' })).toBeVisible()
  await expect(page.getByRole('link', { name: '¿Es grave?' })).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'es-settings')
})

test.describe('with a Spanish system language', () => {
  test.use({ locale: 'es-MX' })

  test('"Follow the system" starts in Spanish', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Hoy' })).toBeVisible()
    await expect(page).toHaveTitle('Hoy · Unknot')
  })
})
