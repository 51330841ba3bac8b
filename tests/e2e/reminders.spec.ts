import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, freezeClock, screenshot, test, work } from './fixtures'

const MINUTE = 60_000

async function openToday(page: Page): Promise<void> {
  // A Wednesday at 09:00 local time: inside the default working hours (Mon–Fri 09:00–18:00).
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto('/#/today')
  await expect(page.getByRole('heading', { level: 2, name: 'Next break in' })).toBeVisible()
}

const summary = (page: Page, label: string) =>
  page.getByRole('region', { name: 'Today so far' }).locator('div', { has: page.getByText(label, { exact: true }) })

/** Snoozes the prompt for `minutes`: gone at once, still gone a minute before, back when the snooze is over. */
async function snoozeAndComeBack(page: Page, prompt: Locator, minutes: number): Promise<void> {
  await prompt.getByRole('button', { name: `Snooze ${minutes} min` }).click()
  await expect(prompt).toBeHidden()
  await expect(page.getByText(new RegExp(`^Snoozed for ${minutes} min more`))).toBeVisible()
  await work(page, (minutes - 1) * MINUTE)
  await expect(prompt).toBeHidden()
  await work(page, MINUTE + 20_000)
  await expect(prompt).toBeVisible()
}

test('30 minutes of work bring the break prompt; snooze brings it back 10 minutes later; skip is counted', async ({
  page,
}) => {
  await openToday(page)
  await expect(page.getByRole('timer')).toHaveText('30:00')
  await expectNoAxeViolations(page)
  await screenshot(page, 'today')

  const prompt = page.getByRole('alertdialog', { name: 'Time for a stretch break' })
  await work(page, 29 * MINUTE)
  await expect(prompt).toBeHidden()
  await work(page, MINUTE + 20_000)
  await expect(prompt).toBeVisible()
  await expect(prompt).toBeFocused()
  await expect(prompt.getByText(/Stand up and move for 3 minutes/)).toBeVisible()
  await screenshot(page, 'break-prompt')
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await screenshot(page, 'break-prompt-dark')
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'light' })

  await snoozeAndComeBack(page, prompt, 10)

  await prompt.getByRole('button', { name: 'Skip' }).click()
  await expect(prompt).toBeHidden()
  await expect(page.getByRole('heading', { level: 2, name: 'Next break in' })).toBeFocused()
  await expect(summary(page, 'Skipped')).toContainText('1')
  await expect(summary(page, 'Snoozed')).toContainText('1')
  await expect(summary(page, 'Breaks taken')).toContainText('0')
  await screenshot(page, 'today-summary')
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await screenshot(page, 'today-summary-dark')
  await expectNoAxeViolations(page)
})

test('a snooze length chosen in Settings is offered by the prompt, and snoozing brings it back that much later', async ({
  page,
}) => {
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto('/#/settings')
  const lengths = page.getByRole('group', { name: 'Snooze lengths offered' })
  await lengths.getByRole('checkbox', { name: '15 minutes' }).check()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  await expect(lengths.getByRole('checkbox', { name: '15 minutes' })).toBeChecked()
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Today' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Next break in' })).toBeVisible()
  const prompt = page.getByRole('alertdialog', { name: 'Time for a stretch break' })
  await work(page, 30 * MINUTE + 20_000)
  await expect(prompt).toBeVisible()
  const snoozes = prompt.getByRole('button', { name: /^Snooze/ })
  await expect(snoozes).toHaveCount(3)
  await expect(snoozes.nth(0)).toHaveAccessibleName('Snooze 5 min')
  await expect(snoozes.nth(1)).toHaveAccessibleName('Snooze 10 min')
  // The Z key now snoozes for the longest length offered.
  await expect(snoozes.nth(2)).toHaveAccessibleName('Snooze 15 min')
  await expect(snoozes.nth(2)).toHaveAttribute('aria-keyshortcuts', 'Z')
  await snoozeAndComeBack(page, prompt, 15)
})

test('the S shortcut starts the stretch and opens the break routine', async ({ page }) => {
  await openToday(page)
  await work(page, 30 * MINUTE + 20_000)
  const prompt = page.getByRole('alertdialog', { name: 'Time for a stretch break' })
  await expect(prompt).toBeFocused()
  await page.keyboard.press('s')
  await expect(page).toHaveURL(/#\/routines$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Two-minute break' })).toBeVisible()
  await page.getByRole('link', { name: 'Today' }).click()
  await expect(page.getByRole('heading', { level: 2, name: /On a stretch break/ })).toBeVisible()
  await expect(summary(page, 'Breaks taken')).toContainText('1')
  await screenshot(page, 'today-on-break')
  await expectNoAxeViolations(page)
})

test('pausing for 1 hour keeps the prompt away for the hour', async ({ page }) => {
  await openToday(page)
  await work(page, 20 * MINUTE)
  await page.getByRole('group', { name: 'Pause reminders' }).getByRole('button', { name: '1 hour' }).click()
  await expect(page.getByText(/^Paused until 10:2\d/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Resume reminders' })).toBeVisible()
  await screenshot(page, 'today-paused')
  await expectNoAxeViolations(page)
  await work(page, 59 * MINUTE)
  await expect(page.getByRole('alertdialog')).toBeHidden()
  await expect(page.getByRole('timer')).toHaveText(/^10:\d\d$/)
})

test('reminder settings come first, say what is wrong, and pass axe', async ({ page }) => {
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto('/#/settings')
  const every = page.getByRole('spinbutton', { name: 'Every (minutes of sitting)' })
  await expect(every).toHaveValue('30')
  await every.fill('5')
  await every.press('Enter')
  await expect(page.getByText('The stretch reminder interval must be at least 10 minutes.')).toBeVisible()
  await screenshot(page, 'reminder-settings')
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)
})
