import { expect, expectNoAxeViolations, screenshot, test } from './fixtures'

test('messages from the core read in Spanish: a storage notice and a refused setting', async ({ page }) => {
  // The stored settings cannot be parsed (once: a reload would see the fresh file the app writes).
  await page.addInitScript({
    content: `if (!sessionStorage.getItem('unknot.e2e.seeded')) {
      sessionStorage.setItem('unknot.e2e.seeded', '1')
      localStorage.setItem('unknot.settings', '{not json')
    }`,
  })
  await page.goto('/#/settings')
  await expect(page.getByRole('alert').filter({ hasText: 'The settings file could not be read' })).toHaveText(
    /The settings file could not be read: it is not valid JSON\. Unknot is using its default settings\./,
  )

  await page.getByRole('combobox', { name: 'Language' }).selectOption('es')
  await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible()
  const notices = page.getByRole('region', { name: 'Mensajes' })
  await expect(notices.getByRole('alert').locator('p')).toHaveText(
    'No se pudo leer el archivo de ajustes: no es un JSON válido. Unknot está usando sus ajustes predeterminados. ' +
      'El archivo ilegible se guardó junto al nuevo.',
  )
  await expect(notices.getByRole('button', { name: 'Cerrar' })).toBeVisible()

  const stretch = page.getByRole('group', { name: 'Pausas para estirar' })
  const every = stretch.getByRole('spinbutton', { name: 'Cada (minutos de tiempo sentado)' })
  await every.fill('5')
  await every.press('Enter')
  await expect(
    stretch.getByText('El intervalo del recordatorio de estiramiento debe ser de al menos 10 minutos.'),
  ).toBeVisible()
  await expect(every).toHaveAttribute('aria-invalid', 'true')

  await expectNoAxeViolations(page)
  await screenshot(page, 'es-messages')

  await notices.getByRole('button', { name: 'Cerrar' }).click()
  await expect(page.getByRole('region', { name: 'Mensajes' })).toHaveCount(0)
})
