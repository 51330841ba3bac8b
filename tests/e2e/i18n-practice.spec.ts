import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, freezeClock, screenshot, test } from './fixtures'

async function chooseSpanish(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es')
  await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible()
}

test.beforeEach(async ({ page }) => {
  await freezeClock(page, '2026-11-25T09:00:00')
  await chooseSpanish(page)
})

test('a routine in Spanish: library, player stepped through with the keyboard, end dialog, summary', async ({
  page,
}) => {
  await page.goto('/#/routines')
  await expect(page.getByRole('heading', { level: 2, name: 'Biblioteca' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Filtrar rutinas' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Nueva rutina' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Sesiones recientes' })).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'es-routines-library')

  // The first card is the two-minute break; its name is the content's, whichever language that is in.
  const card = page.getByRole('article').first()
  const name = (await card.getByRole('heading', { level: 3 }).textContent()) ?? ''
  await card.getByRole('button', { name: `Empezar ${name}` }).click()
  const player = page.getByRole('region', { name })
  await expect(player.getByText('Prepárate', { exact: true })).toBeVisible()
  await expect(player.getByText('Paso 1 de 4')).toBeVisible()
  const timer = page.getByRole('timer')
  await expect(timer).toHaveAttribute('aria-label', 'Quedan 5 segundos en este paso')

  await page.clock.runFor(5_000 + 12_000)
  await expect(timer).toHaveAttribute('aria-label', 'Quedan 18 segundos en este paso')
  await expect(page.getByRole('heading', { level: 3, name: 'Cómo hacerlo' })).toBeVisible()
  await expect(player.getByText(/^A continuación: /)).toBeVisible()
  const controls = page.getByRole('group', { name: 'Controles de la rutina' })
  for (const button of ['Pausar', 'Atrás', 'Saltar', 'Terminar']) {
    await expect(controls.getByRole('button', { name: button })).toBeVisible()
  }
  await expect(player.getByText('Teclas: Espacio pausa o reanuda, ← vuelve atrás, → salta, Esc termina.')).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'es-routine-player')

  await page.keyboard.press('Space')
  await expect(controls.getByRole('button', { name: 'Reanudar' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'En pausa.' })).toHaveCount(1)
  await page.keyboard.press('Space')
  await expect(controls.getByRole('button', { name: 'Pausar' })).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(player.getByText('Paso 2 de 4')).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await expect(player.getByText('Paso 1 de 4')).toBeVisible()

  await page.keyboard.press('Escape')
  const dialog = page.getByRole('alertdialog', { name: '¿Terminar esta rutina?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Seguir' })).toBeFocused()
  await screenshot(page, 'es-routine-end-dialog')
  await dialog.getByRole('button', { name: 'Terminar rutina' }).click()

  await expect(page.getByRole('heading', { level: 2, name: 'Rutina terminada' })).toBeVisible()
  await expect(page.getByRole('group', { name: '¿Cómo sientes la espalda ahora?' })).toBeVisible()
  await page.getByRole('radio', { name: '0, sin dolor' }).check()
  await page.getByRole('button', { name: 'Guardar' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Guardado en tu historial: dolor 0 de 10/ })).toBeVisible()
  await expect(page.getByText('Dolor después: 0 de 10')).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'es-routines-history')
})

test('a therapy session in Spanish: episode, safety checklist, running session, timeline', async ({ page }) => {
  await page.goto('/#/therapy')
  await expect(page.getByRole('heading', { level: 2, name: 'Empezar un episodio' })).toBeVisible()
  await expect(page.getByRole('group', { name: '¿Qué te pasa?' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Más información' })).toBeVisible()
  await page.getByRole('textbox', { name: 'Dónde duele (opcional)' }).fill('Zona lumbar')
  await page.getByRole('button', { name: 'Empezar episodio' }).click()

  const checklist = page.getByRole('group', { name: 'Lee y marca cada punto' })
  await expect(page.getByRole('heading', { level: 2, name: 'Antes de tu primera sesión' })).toBeVisible()
  await page.getByRole('button', { name: 'Los he leído' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'Marca todos los puntos antes de la primera sesión: cada uno protege tu piel.',
  )
  await expectNoAxeViolations(page)
  await screenshot(page, 'es-therapy-safety')
  for (const box of await checklist.getByRole('checkbox').all()) await box.check()
  await page.getByRole('button', { name: 'Los he leído' }).click()

  await expect(page.getByRole('heading', { level: 2, name: 'Próxima sesión' })).toBeVisible()
  await expect(page.getByRole('spinbutton', { name: 'Minutos' })).toHaveValue('20')
  await expect(page.getByText(/^Hasta 20 minutos\. Sugerido:/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Terminar episodio' })).toBeVisible()
  await page.getByRole('button', { name: 'Empezar sesión de calor' }).click()

  const timer = page.getByRole('timer')
  await expect(timer).toHaveText('20:00')
  await page.clock.runFor(60_000)
  await expect(timer).toHaveText('19:00')
  await expect(timer).toHaveAttribute('aria-label', /: quedan 19 minutos$/)
  await expect(page.getByRole('progressbar', { name: /^Progreso de la sesión: / })).toHaveAttribute(
    'aria-valuetext',
    '5 % de la sesión hecho',
  )
  await expect(page.getByText('de 20:00 previstos')).toBeVisible()
  for (const button of ['Pausar', '+1 minuto', 'Terminar sesión']) {
    await expect(page.getByRole('button', { name: button })).toBeVisible()
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Sesiones de este episodio' })).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'es-therapy')

  await page.getByRole('button', { name: 'Pausar' }).click()
  await expect(page.getByRole('button', { name: 'Reanudar' })).toBeVisible()
  await page.getByRole('button', { name: 'Terminar sesión' }).click()
  await expect(page.getByText(/^Descanso antes de la siguiente compresa, sea del tipo que sea: quedan/)).toBeVisible()
  await expect(page.getByText(/^La piel que acaba de estar caliente necesita tiempo/)).toBeVisible()
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows.first()).toContainText('Cómo terminó')
  await expect(rows.nth(1)).toContainText('Terminada antes')
  await expectNoAxeViolations(page)
  await screenshot(page, 'es-therapy-rest')
})
