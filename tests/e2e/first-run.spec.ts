import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, freezeClock, screenshot, test, work } from './fixtures'

const MINUTE = 60_000

// A fresh profile: nothing stored, as on the very first start.
test.use({ storageState: { cookies: [], origins: [] } })

async function openFresh(page: Page, localTime: string): Promise<void> {
  await freezeClock(page, localTime)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: 'Welcome to Unknot' })).toBeVisible()
}

async function next(page: Page, heading: string): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeFocused()
}

test('a fresh profile opens the setup; 45 minutes, Mon–Sun 07:00–23:00 bring a prompt after 45 minutes at 20:00', async ({
  page,
}) => {
  await openFresh(page, '2026-11-25T20:00:00') // a Wednesday evening, outside the default hours
  await expect(page).toHaveURL(/#\/setup$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Set up Unknot' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: 'Is this serious?' })).toHaveAttribute(
    'href',
    '#/red-flags',
  )
  await expectNoAxeViolations(page)
  await screenshot(page, 'setup-welcome')

  await next(page, 'When do you work?')
  const days = page.getByRole('group', { name: 'Working days' })
  await days.getByRole('checkbox', { name: 'Saturday' }).check()
  await days.getByRole('checkbox', { name: 'Sunday' }).check()
  await page.getByLabel('Start time').fill('07:00')
  await page.getByLabel('End time').fill('23:00')
  await expectNoAxeViolations(page)

  // By keyboard: from the step's heading, Tab reaches the chosen length and the arrow keys change it.
  await next(page, 'How often should you stand up?')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('radio', { name: '30 minutes' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: '45 minutes' })).toBeChecked()

  await next(page, 'How firm should breaks be?')
  await expect(page.getByRole('radio', { name: 'Gentle' })).toBeChecked()
  await expectNoAxeViolations(page)
  await next(page, 'Micro-breaks and water')
  await next(page, 'Language')
  await next(page, 'Try a break now')
  await page.getByRole('button', { name: 'Try a break now' }).click()
  const prompt = page.getByRole('alertdialog', { name: 'Time for a stretch break' })
  await expect(prompt).toBeFocused()
  await expectNoAxeViolations(page)
  await screenshot(page, 'setup-try-a-break')
  await prompt.getByRole('button', { name: 'Skip' }).click()
  await expect(prompt).toBeHidden()

  await page.getByRole('button', { name: 'Finish' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Next break in' })).toBeVisible()
  await expect(page.getByRole('timer')).toHaveText('45:00')
  await expect(page.getByText('Sitting: your time at the desk counts toward your next break.')).toBeVisible()

  await work(page, 44 * MINUTE)
  await expect(prompt).toBeHidden()
  await work(page, MINUTE + 20_000)
  await expect(prompt).toBeVisible()

  // Done once, the setup does not come back.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await expect(page).not.toHaveURL(/#\/setup$/)
})

test('skipping keeps the defaults: the same evening is outside working hours, and Today says when they start', async ({
  page,
}) => {
  await openFresh(page, '2026-11-25T20:00:00')
  await next(page, 'When do you work?')
  await page.getByLabel('Start time').fill('07:00')
  await page.getByRole('button', { name: 'Skip setup' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await expect(page.getByText('Outside working hours. Reminders start tomorrow at 09:00.')).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'today-outside-hours')

  await page.getByRole('button', { name: 'Remind me now anyway' }).click()
  await expect(page.getByText('Sitting: your time at the desk counts toward your next break.')).toBeVisible()
  await work(page, 30 * MINUTE + 20_000)
  await expect(page.getByRole('alertdialog', { name: 'Time for a stretch break' })).toBeVisible()

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
})

test('"Run setup again" opens the setup with what is set; finishing it with 20 minutes and firm breaks brings a break screen', async ({
  page,
}) => {
  await openFresh(page, '2026-11-25T10:00:00')
  await page.getByRole('button', { name: 'Skip setup' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Run setup again' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Welcome to Unknot' })).toBeVisible()
  await next(page, 'When do you work?')
  await next(page, 'How often should you stand up?')
  await expect(page.getByRole('radio', { name: '30 minutes' })).toBeChecked()
  await page.getByRole('radio', { name: '20 minutes' }).check()
  await next(page, 'How firm should breaks be?')
  // by keyboard: Tab reaches the chosen mode, the arrow key moves to the next
  await page.keyboard.press('Tab')
  await expect(page.getByRole('radio', { name: 'Gentle' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: 'Firm' })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Firm' })).toHaveAccessibleDescription(
    'A break screen covers every display, with Snooze and Skip still on it.',
  )
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'light' })

  // Leaving by the top bar keeps the answers: back on the setup, it is at the same step.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('heading', { level: 2, name: 'How firm should breaks be?' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Firm' })).toBeChecked()

  await next(page, 'Micro-breaks and water')
  await next(page, 'Language')
  await next(page, 'Try a break now')
  await page.getByRole('button', { name: 'Finish' }).click()
  await expect(page.getByRole('timer')).toHaveText('20:00')

  await work(page, 20 * MINUTE + 20_000)
  const breakScreen = page.getByRole('dialog', { name: 'Time for a stretch break' })
  await expect(breakScreen).toBeVisible()
  await expect(breakScreen.getByRole('button', { name: 'Skip' })).toBeVisible()
  await expect(page.locator('.app')).toHaveAttribute('inert', '')
  await breakScreen.getByRole('button', { name: 'Skip' }).click()
  await expect(breakScreen).toBeHidden()

  await page.goto('/#/settings')
  await expect(page.getByRole('spinbutton', { name: 'Every (minutes of sitting)' })).toHaveValue('20')
  await expect(page.getByRole('combobox', { name: 'Stretch breaks' })).toHaveValue('firm')
  await expect(page.getByRole('combobox', { name: 'Micro-breaks' })).toHaveValue('firm')
})
