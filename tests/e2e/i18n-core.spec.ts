import { catalog as spanish } from '../../src/shared/i18n/es'
import { expect, expectNoAxeViolations, freezeClock, screenshot, test, work } from './fixtures'

const MINUTE = 60_000

test.beforeEach(async ({ page }) => {
  // A Wednesday at 09:00 local time: inside the default working hours (Mon–Fri 09:00–18:00).
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto('/#/settings')
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es')
  await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible()
})

test('Settings in Spanish: groups, fields, options, and a validation message', async ({ page }) => {
  const stretch = page.getByRole('group', { name: 'Pausas para estirar' })
  await expect(stretch.getByRole('checkbox', { name: 'Recordarme levantarme y estirarme' })).toBeChecked()
  await expect(stretch.getByRole('spinbutton', { name: 'Cada (minutos de tiempo sentado)' })).toHaveValue('30')
  await expect(stretch.getByText(/^Una pausa cada 30 minutos sentado viene de las fuentes de abajo/)).toBeVisible()
  await expect(
    stretch.getByRole('link', { name: /^Health and Safety Executive \(autoridad británica de salud laboral\): / }),
  ).toBeVisible()
  const days = page.getByRole('group', { name: 'Días laborables' })
  await expect(days.getByRole('checkbox', { name: 'Lunes' })).toBeChecked()
  await expect(days.getByRole('checkbox', { name: 'Domingo' })).not.toBeChecked()
  await expect(page.getByRole('textbox', { name: 'Hora de inicio' })).toHaveAccessibleDescription(
    'Formato de 24 horas, por ejemplo 09:00',
  )
  const sleep = page.getByRole('combobox', { name: 'Cuando el ordenador se suspende o se bloquea' })
  await expect(sleep.getByRole('option', { name: 'Seguir contando como si siguiera trabajando' })).toBeAttached()
  const theme = page.getByRole('combobox', { name: 'Tema' })
  await expect(theme.getByRole('option', { name: 'Seguir el sistema' })).toBeAttached()
  await expect(theme.getByRole('option', { name: 'Oscuro' })).toBeAttached()
  // Each language keeps its own name.
  await expect(page.getByRole('combobox', { name: 'Idioma' }).getByRole('option', { name: 'English' })).toBeAttached()
  await expect(page.getByRole('group', { name: 'Pausas detectadas mientras no estás' })).toBeVisible()
  await expect(page.getByText(/disponibles en la aplicación de escritorio/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Restablecer valores' })).toBeVisible()

  const volume = page.getByRole('spinbutton', { name: 'Volumen' })
  await volume.fill('150')
  await volume.press('Enter')
  await expect(volume).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('No se guardó: corrige el campo marcado.')).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'es-settings-full')
  // The schema's message is English in the core and shown through t(); its Spanish lives in the messages catalog.
  const message = spanish['Volume cannot be above 100%.']
  expect(message, 'a Spanish text for the schema message').toBeTruthy()
  await expect(volume).toHaveAccessibleDescription(message ?? '')

  await volume.fill('40')
  await volume.press('Enter')
  await expect(page.getByText('Guardado.', { exact: true })).toBeVisible()
})

test('Today in Spanish: countdown, controls, summary, and the break prompt after 30 minutes', async ({ page }) => {
  await page.goto('/#/today')
  await expect(page.getByRole('heading', { level: 1, name: 'Hoy' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Próxima pausa en' })).toBeVisible()
  await expect(page.getByRole('timer')).toHaveText('30:00')
  await expect(page.getByRole('timer')).toHaveAccessibleName('30 minutos de tiempo sentado')
  await expect(page.getByText(/^Una pausa para estirar, contada en tiempo sentado/)).toBeVisible()
  const controls = page.getByRole('region', { name: 'Controles de pausas' })
  await expect(controls.getByRole('button', { name: 'Estirar ahora' })).toBeVisible()
  const pause = controls.getByRole('group', { name: 'Pausar recordatorios' })
  await expect(pause.getByRole('button', { name: 'Hasta que los reanude' })).toBeVisible()
  const meeting = controls.getByRole('group', { name: 'Estoy en una reunión' })
  await expect(meeting.getByRole('button', { name: '90 min' })).toBeVisible()
  const summary = page.getByRole('region', { name: 'Hoy hasta ahora' })
  await expect(summary.getByText('Pausas tomadas', { exact: true })).toBeVisible()
  await expect(summary.getByText('Tramo más largo sin pausa', { exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'es-today')

  const prompt = page.getByRole('alertdialog', { name: 'Hora de una pausa para estirar' })
  await work(page, 30 * MINUTE + 20_000)
  await expect(prompt).toBeVisible()
  await expect(prompt).toBeFocused()
  await expect(prompt.getByText(/^Levántate y muévete durante 3 minutos\./)).toBeVisible()
  await expect(prompt.getByText('Duración de la pausa: 3 minutos')).toBeVisible()
  await expect(prompt.getByRole('button', { name: 'Empezar' })).toBeVisible()
  await expect(prompt.getByRole('button', { name: 'Posponer 5 min' })).toBeVisible()
  await expect(prompt.getByRole('button', { name: 'Saltar' })).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'es-break-prompt')

  await prompt.getByRole('button', { name: 'Posponer 10 min' }).click()
  await expect(prompt).toBeHidden()
  await expect(page.getByText(/^Pospuesto 10 min más\./)).toBeVisible()
  await pause.getByRole('button', { name: '1 hora' }).click()
  await expect(page.getByText('En pausa hasta las 10:30.')).toBeVisible()
  await expect(controls.getByRole('button', { name: 'Reanudar recordatorios' })).toBeVisible()
  await expect(summary.locator('div', { has: page.getByText('Pospuestas', { exact: true }) })).toContainText('1')
  await expectNoAxeViolations(page)
  await screenshot(page, 'es-today-paused')
})
