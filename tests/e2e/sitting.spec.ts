import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, freezeClock, screenshot, test } from './fixtures'

const MINUTE = 60_000

/** The web companion on a Wednesday at 09:00 (inside working hours), the page clock paused and moved by hand. */
async function openAt(page: Page, hash: string): Promise<void> {
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto(`/#/${hash}`)
}

/** A person reading: one small mouse move a minute, nothing in between. */
async function read(page: Page, minutes: number): Promise<void> {
  for (let minute = 0; minute < minutes; minute++) {
    await page.mouse.move(200 + (minute % 2) * 10, 300)
    await page.clock.runFor(MINUTE)
  }
}

test('a person who reads (one input a minute) is asked to stand up after 30 minutes of sitting', async ({ page }) => {
  await openAt(page, 'today')
  await expect(page.getByRole('heading', { level: 2, name: 'Next break in' })).toBeVisible()
  const prompt = page.getByRole('alertdialog', { name: 'Time for a stretch break' })
  await read(page, 29)
  await expect(prompt).toBeHidden()
  await expect(page.getByText(/^Sitting:/)).toBeVisible()
  await read(page, 2)
  await expect(prompt).toBeVisible()
})

test('a 60-minute meeting without input holds the break, which comes within a minute of its end', async ({ page }) => {
  await openAt(page, 'today')
  await expect(page.getByRole('heading', { level: 2, name: 'Next break in' })).toBeVisible()
  await read(page, 10)
  await page.getByRole('group', { name: 'I’m in a meeting' }).getByRole('button', { name: '60 min' }).click()
  await expect(page.getByText(/^In a meeting: reminders wait/)).toBeVisible()
  await screenshot(page, 'today-meeting-wait')
  await expectNoAxeViolations(page)
  const prompt = page.getByRole('alertdialog', { name: 'Time for a stretch break' })
  await page.clock.runFor(59 * MINUTE)
  await expect(prompt).toBeHidden()
  await page.clock.runFor(MINUTE)
  await expect(prompt).toBeVisible()
  // it says why it comes now
  await expect(prompt.getByText('Your meeting ended: time to stand up')).toBeVisible()
  await screenshot(page, 'break-prompt-after-meeting')
  // the input-less hour was sitting, not time away
  const natural = page
    .getByRole('region', { name: 'Today so far' })
    .locator('div', { has: page.getByText('Natural breaks (time away)', { exact: true }) })
  await expect(natural).toContainText('0')
  await expect(
    page
      .getByRole('region', { name: 'Today so far' })
      .locator('div', { has: page.getByText('Time sitting', { exact: true }) }),
  ).toContainText('70 min')
})

test('the web companion says it cannot see calls or other windows', async ({ page }) => {
  await openAt(page, 'settings')
  await expect(page.getByText('The web companion cannot see calls or other windows', { exact: false })).toBeVisible()
  await expect(page.getByRole('spinbutton', { name: 'Count me as away after … minutes of no input' })).toHaveValue('5')
})
