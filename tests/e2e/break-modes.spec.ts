import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, freezeClock, test, work } from './fixtures'

const MINUTE = 60_000

/** Today on a Wednesday at 09:00, with the stretch break in `mode`, and 30 minutes of work until it is due. */
async function breakDueIn(page: Page, mode: 'firm' | 'strict', workMs = 30 * MINUTE + 20_000): Promise<void> {
  const settings = JSON.stringify({ version: 2, reminders: { stretch: { mode } } })
  // Every test starts as a returning user (playwright.config.ts stores plain settings); these replace them before
  // the page first reads them, and the web companion copies them into its database once.
  await page.addInitScript({ content: `localStorage.setItem('unknot.settings', ${JSON.stringify(settings)})` })
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto('/#/today')
  await expect(page.getByRole('heading', { level: 2, name: 'Next break in' })).toBeVisible()
  await work(page, workMs)
}

test('a firm break covers the page with Start, Snooze and Skip, and takes the keyboard', async ({ page }) => {
  await breakDueIn(page, 'firm')
  const screen = page.getByRole('dialog', { name: 'Time for a stretch break' })
  await expect(screen).toBeVisible()
  await expect(screen).toBeFocused()
  await expect(screen.getByRole('button', { name: 'Start' })).toBeVisible()
  await expect(screen.getByRole('button', { name: 'Snooze 10 min' })).toBeVisible()
  await expect(screen.getByRole('button', { name: 'Skip' })).toBeVisible()
  // the page under it can be neither clicked nor tabbed to
  await expect(page.locator('.app')).toHaveAttribute('inert', '')
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab')
    await expect(screen.locator(':focus')).toHaveCount(1)
  }
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)

  await screen.getByRole('button', { name: 'Start' }).click()
  const onBreak = page.getByRole('dialog', { name: 'Break time' })
  await expect(onBreak).toBeVisible()
  await expect(onBreak.getByText('About 3 min left.')).toHaveAttribute('aria-live', 'polite')
  await expect(onBreak.getByRole('button', { name: 'End break' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(onBreak).toBeHidden()
  await expect(page.locator('.app')).not.toHaveAttribute('inert')
})

test('a strict break shows the exit budget and no Snooze or Skip; holding Esc spends one exit', async ({ page }) => {
  await breakDueIn(page, 'strict')
  const screen = page.getByRole('dialog', { name: 'Time for a stretch break' })
  await expect(screen).toBeVisible()
  await expect(
    screen.getByText('2 early exits left today. Hold Esc for 3 seconds, or type the word below, to leave early.'),
  ).toBeVisible()
  await expect(screen.getByRole('button', { name: 'Start' })).toBeVisible()
  await expect(screen.getByRole('button', { name: 'Skip' })).toHaveCount(0)
  await expect(screen.getByRole('button', { name: /Snooze/ })).toHaveCount(0)
  await expectNoAxeViolations(page)

  // a tap of Esc is not enough
  await page.keyboard.press('Escape')
  await page.clock.runFor(5000)
  await expect(screen).toBeVisible()

  await page.keyboard.down('Escape')
  await page.clock.runFor(3000)
  await page.keyboard.up('Escape')
  await expect(screen).toBeHidden()

  await work(page, 30 * MINUTE + 20_000)
  await expect(screen).toBeVisible()
  await expect(
    screen.getByText('1 early exit left today. Hold Esc for 3 seconds, or type the word below, to leave early.'),
  ).toBeVisible()

  // the second deliberate exit: the word shown, typed exactly
  const box = screen.getByRole('textbox', { name: /^Type “\w+” to leave early$/ })
  const word = /“(\w+)”/.exec((await screen.locator('label').textContent()) ?? '')?.[1] ?? ''
  await expect(screen.getByText(word, { exact: true })).toBeVisible()
  await box.fill(word)
  await expect(screen).toBeHidden()

  await work(page, 30 * MINUTE + 20_000)
  await expect(screen.getByText('No early exits left today: this break runs to its end.')).toBeVisible()
  await expect(screen.getByRole('textbox')).toHaveCount(0)
  await expect(screen.getByRole('button', { name: 'Hold to leave early' })).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test('a firm break says "Break in 30 seconds" first, in a banner with its answers', async ({ page }) => {
  await breakDueIn(page, 'firm', 29 * MINUTE + 40_000)
  const banner = page.getByRole('status').filter({ hasText: 'Break in 30 seconds' })
  await expect(banner).toBeVisible()
  await expect(page.getByRole('button', { name: 'Snooze 10 min' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)
  await page.clock.runFor(30_000)
  await expect(page.getByRole('dialog', { name: 'Time for a stretch break' })).toBeVisible()
  await expect(banner).toHaveCount(0)
})

test('a stretch break plays its routine on the break screen, light and dark, motion reduced', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await breakDueIn(page, 'strict')
  const screen = page.getByRole('dialog', { name: 'Time for a stretch break' })
  await screen.getByRole('button', { name: 'Start' }).click()
  const onBreak = page.getByRole('dialog', { name: 'Break time' })
  const heading = onBreak.getByRole('heading', { level: 2, name: 'Two-minute break' })
  await expect(heading).toBeFocused()
  await expect(onBreak.getByText('Step 1 of 4')).toBeVisible()
  await expect(onBreak.getByText('About 3 min left.')).toHaveAttribute('aria-live', 'polite')
  await page.clock.runFor(5000)
  await expect(onBreak.getByText('Stand up and move', { exact: true })).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(onBreak.getByText('Step 2 of 4')).toBeVisible()
  // the moving figure holds still when motion is reduced
  expect(await onBreak.evaluate((element) => element.getAnimations({ subtree: true }).length)).toBe(0)
  // every control is reachable from the keyboard, and Tab stays inside the break screen
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab')
    await expect(onBreak.locator(':focus')).toHaveCount(1)
  }
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
  await expectNoAxeViolations(page)
})
