import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, freezeClock, screenshot, test } from './fixtures'

test.beforeEach(async ({ page }) => {
  await freezeClock(page, '2026-11-25T09:00:00')
})

test('a routine from the library to the summary: start, pause, advance, rate, see it in the history', async ({
  page,
}) => {
  await page.goto('/#/routines')
  await expect(page.getByRole('heading', { level: 2, name: 'Library' })).toBeVisible()
  await expect(page.getByRole('article')).toHaveCount(9)
  await expectNoAxeViolations(page)
  await screenshot(page, 'routines-library')

  await page.getByRole('button', { name: 'Start Two-minute break' }).click()
  const player = page.getByRole('region', { name: 'Two-minute break' })
  await expect(player.getByText('Get ready', { exact: true })).toBeVisible()
  const timer = page.getByRole('timer')
  await expect(timer).toHaveAttribute('aria-label', '5 seconds left in this step')

  await page.clock.runFor(5_000 + 12_000)
  await expect(player.getByText('Stand up and move', { exact: true })).toBeVisible()
  await expect(timer).toHaveAttribute('aria-label', '18 seconds left in this step')
  await expect(player.getByText('Step 1 of 4')).toBeVisible()
  await expect(player.getByText('Next up: Standing overhead reach')).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'routines-player')

  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible()
  const pausedAt = await timer.getAttribute('aria-label')
  const pausedTotal = await player.getByText(/left in the routine$/).textContent()
  await page.clock.runFor(20_000)
  await expect(timer).toHaveAttribute('aria-label', pausedAt ?? '')
  await expect(player.getByText(/left in the routine$/)).toHaveText(pausedTotal ?? '')
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()

  await page.keyboard.press('Escape')
  const dialog = page.getByRole('alertdialog', { name: 'End this routine?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Keep going' })).toBeFocused()
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Keep going' }).click()
  await expect(dialog).toBeHidden()

  await page.clock.runFor(30_000)
  await expect(player.getByText('Step 2 of 4')).toBeVisible()
  await page.clock.runFor(120_000)
  await expect(page.getByRole('heading', { level: 2, name: 'Routine complete' })).toBeVisible()
  await page.getByRole('radio', { name: '2', exact: true }).check()
  await expectNoAxeViolations(page)
  await screenshot(page, 'routines-summary')

  await page.getByRole('button', { name: 'Save' }).click()
  const history = page.getByRole('list', { name: 'Recent sessions' })
  await expect(history.getByRole('listitem')).toHaveCount(1)
  await expect(history.getByRole('listitem')).toContainText('Two-minute break')
  await expect(history.getByRole('listitem')).toContainText('Pain after: 2 out of 10')
  await screenshot(page, 'routines-history')
})

test('a custom routine is built from exercises, refused with a reason, then saved and startable', async ({ page }) => {
  await page.goto('/#/routines')
  await page.getByRole('button', { name: 'Duplicate to edit: Hips and glutes' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Edit your routine' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Routine name' })).toHaveValue('Hips and glutes (copy)')
  await page.getByRole('button', { name: 'Move down: step 1, Knee-to-chest stretch' }).click()
  await expect(page.getByRole('button', { name: 'Move down: step 2, Knee-to-chest stretch' })).toBeFocused()
  await page.getByRole('spinbutton', { name: 'Hold (seconds) for step 2, Knee-to-chest stretch' }).fill('900')
  await page.getByRole('button', { name: 'Save routine' }).click()
  await expect(page.getByRole('alert')).toContainText('Step 2: A hold lasts at most 10 minutes.')
  await expectNoAxeViolations(page)
  await screenshot(page, 'routines-editor')
  await page.getByRole('spinbutton', { name: 'Hold (seconds) for step 2, Knee-to-chest stretch' }).fill('20')
  await page.getByRole('button', { name: 'Save routine' }).click()
  const card = page.getByRole('article', { name: 'Hips and glutes (copy)' })
  await expect(card).toBeVisible()
  await expect(card.getByText('Your routine')).toBeVisible()
  await card.getByRole('button', { name: 'Delete Hips and glutes (copy)' }).click()
  await expect(card).toBeHidden()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('article', { name: 'Hips and glutes (copy)' })).toBeVisible()
})

test('dark theme and reduced motion: readable contrast, and the figure holds still', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
  await page.goto('/#/routines')
  await expect(page.getByRole('heading', { level: 2, name: 'Library' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Start Lower-back relief' }).click()
  await expect(page.getByText('Get ready', { exact: true })).toBeVisible()
  await page.clock.runFor(15_000)
  const figure = page.getByRole('img', { name: 'Illustration: Knee rolls' })
  await expect(figure).toBeVisible()
  await expect(figure.locator('.pose-frame-a')).toHaveCSS('animation-name', 'none')
  // The ring steps with the count and never animates: 35 s of the 40 s step left (0.875 of the ring).
  await expect(page.getByRole('timer')).toHaveAttribute('aria-label', '35 seconds left in this step')
  expect(await ringArc(page)).toEqual([
    ['matrix(-1, 0, 0, -1, 0, 0)', 0],
    ['matrix(-0.707107, 0.707107, -0.707107, -0.707107, 0, 0)', 0],
    ['matrix(0.707107, -0.707107, 0.707107, 0.707107, 0, 0)', 0],
  ])
  await expectNoAxeViolations(page)
  await screenshot(page, 'routines-player-dark')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'End routine' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Routine ended' })).toBeVisible()
  await expectNoAxeViolations(page)
})

/** The turn drawn by each turning part of the ring's arc (right half, left half, end cap), and any animation on it. */
async function ringArc(page: Page) {
  return page
    .locator('.countdown-ring .ring-turn')
    .evaluateAll((turns) =>
      turns.map((turn) => [
        turn.ownerDocument.defaultView?.getComputedStyle(turn).transform,
        turn.getAnimations().length,
      ]),
    )
}

test('the ring stands where the count is, and nothing in it moves between seconds', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.goto('/#/routines')
  await page.getByRole('button', { name: 'Start Two-minute break' }).click()
  await expect(page.getByText('Get ready', { exact: true })).toBeVisible()
  await page.clock.runFor(5_000 + 12_000)
  await expect(page.getByRole('timer')).toHaveAttribute('aria-label', '18 seconds left in this step')
  // 18 s of 30 left: the right half stays full, the left half shows 0.1 of the ring (36°), the end is at 216°.
  const at18 = [
    ['matrix(-1, 0, 0, -1, 0, 0)', 0],
    ['matrix(0.809017, 0.587785, -0.587785, 0.809017, 0, 0)', 0],
    ['matrix(-0.809017, -0.587785, 0.587785, -0.809017, 0, 0)', 0],
  ]
  expect(await ringArc(page)).toEqual(at18)
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible()
  await page.clock.runFor(20_000)
  expect(await ringArc(page)).toEqual(at18)
  await expectNoAxeViolations(page)
})

test('with motion allowed, a two-pose exercise moves between its poses', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.goto('/#/routines')
  await page.getByRole('button', { name: 'Start Lower-back relief' }).click()
  await expect(page.getByText('Get ready', { exact: true })).toBeVisible()
  await page.clock.runFor(15_000)
  const figure = page.getByRole('img', { name: 'Illustration: Knee rolls' })
  await expect(figure.locator('.pose-frame-a')).toHaveCSS('animation-name', 'pose-a')
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(figure.locator('.pose-frame-a')).toHaveCSS('animation-name', 'none')
})
