import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, freezeClock, screenshot, test } from './fixtures'

test.beforeEach(async ({ page }) => {
  await freezeClock(page, '2026-11-25T09:00:00')
})

async function chooseSpanish(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
}

// Article sentences belong to the articles catalog; this checks Learn's own words and that search works in Spanish.
test('Learn in Spanish: search for "calor", marked in the results, opens its section', async ({ page }) => {
  await chooseSpanish(page)
  await page.goto('/#/learn')
  await expect(page.getByRole('heading', { level: 2, name: 'Artículos' })).toBeVisible()
  const box = page.getByRole('searchbox', { name: 'Buscar en los artículos' })
  await box.fill('calor')
  const results = page.getByRole('list', { name: 'Resultados de la búsqueda' })
  await expect(results.getByRole('listitem').first()).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /resultado/ })).toHaveText(/^\d+ resultados?$/)
  await expect(results.locator('mark').first()).toHaveText(/^calor/i)
  await expectNoAxeViolations(page)
  await screenshot(page, 'es-learn')

  const first = results.getByRole('link').first()
  const href = await first.getAttribute('href')
  await first.click()
  await expect(page).toHaveURL(new RegExp(`${(href ?? '').replace(/[#/]/g, '\\$&')}$`))
  const article = page.getByRole('article')
  await expect(article.getByRole('note', { name: 'No es consejo médico' })).toBeVisible()
  await expect(article.getByText('Fuentes:').first()).toBeVisible()
  await expect(article.getByRole('link', { name: 'Todos los artículos' })).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'es-learn-article')

  await article.getByRole('link', { name: 'Todos los artículos' }).click()
  await expect(box).toBeFocused()
  await expect(box).toHaveValue('calor')
})

test('the red-flag checker in Spanish reaches an outcome and saves it', async ({ page }) => {
  await chooseSpanish(page)
  await page.goto('/#/red-flags')
  const group = page.getByRole('group', { name: 'Marca cada una que sea cierta para ti ahora' })
  await expect(group).toBeVisible()
  await group.getByRole('checkbox', { name: /temperatura alta \(fiebre\)/ }).check()
  await page.getByRole('button', { name: 'Ver qué hacer' }).click()
  const outcome = page.getByRole('region', { name: /./ }).filter({ has: page.locator('.outcome-badge') })
  await expect(outcome).toBeFocused()
  await expect(outcome.getByText('Urgente: hoy')).toBeVisible()
  await expect(outcome.getByRole('heading', { level: 3, name: 'Por qué: respondiste que sí a' })).toBeVisible()
  await outcome.getByRole('button', { name: 'Guardar en mi diario' }).click()
  await expect(outcome.getByText('Guardado en tu diario.')).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'es-red-flags')
})

test('the journal in Spanish: log a spasm, see it listed and charted', async ({ page }) => {
  await chooseSpanish(page)
  await page.goto('/#/journal')
  await expect(page.getByRole('heading', { level: 2, name: 'Registrar un espasmo' })).toBeVisible()
  await page.getByRole('radio', { name: 'Cuello' }).check()
  await page.getByRole('radio', { name: '7' }).check()
  await page.getByRole('radio', { name: 'Levantar peso' }).check()
  await page.getByRole('textbox', { name: 'Nota (opcional)' }).fill('Cargué cajas')
  await page.getByRole('button', { name: 'Guardar', exact: true }).click()
  await expect(page.getByText('Guardado: cuello, intensidad 7 de 10.')).toBeVisible()
  const list = page.getByRole('list', { name: 'Entradas del diario, de la más reciente a la más antigua' })
  await expect(list.getByRole('listitem').first()).toContainText(
    'Espasmo: Cuello, centro, intensidad 7 de 10, levantar peso',
  )
  await expect(page.getByRole('list', { name: 'Desencadenantes más frecuentes' })).toHaveText('Levantar peso: 1 vez')
  await expect(page.getByRole('figure', { name: /^Episodios de espasmo e intensidad media por semana/ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Exportar CSV' })).toBeEnabled()
  // The file control's own button would be worded by the browser; what shows is the label, in Spanish.
  await expect(page.getByText('Importar un archivo del diario', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Exportar JSON' }).focus()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Importar un archivo del diario')).toBeFocused()
  await expectNoAxeViolations(page)
  await screenshot(page, 'es-journal')
})
