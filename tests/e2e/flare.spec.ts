import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, freezeClock, screenshot, test } from './fixtures'

const MINUTE = 60_000

async function logSpasm(page: Page, intensity: string): Promise<void> {
  await page.goto('/#/journal')
  await page.getByRole('radio', { name: 'Lower back' }).check()
  await page.getByRole('radio', { name: 'Both sides' }).check()
  await page.getByRole('radio', { name: intensity, exact: true }).check()
  await page.getByRole('radio', { name: 'Long sitting' }).check()
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText(`Saved: lower back, intensity ${intensity} of 10.`)).toBeVisible()
}

test('a 7/10 spasm brings the offer; flare mode means breaks every 20 minutes and gentle routines; ending it brings back 30', async ({
  page,
}) => {
  // A Wednesday at 09:00 local time: inside the default working hours.
  await freezeClock(page, '2026-11-25T09:00:00')
  await logSpasm(page, '7')
  await page.getByRole('link', { name: 'Today' }).click()
  const offer = page.getByRole('region', { name: 'Try flare mode for a few days?' })
  await expect(offer).toContainText('You logged a strong spasm.')
  await expect(offer).toContainText('nothing here makes a spasm pass sooner')
  await expect(page.getByRole('timer')).toHaveText('30:00')
  await expectNoAxeViolations(page)

  await offer.getByRole('button', { name: 'Turn on flare mode' }).click()
  const card = page.getByRole('region', { name: /^Flare mode is on until Sat/ })
  await expect(card).toBeVisible()
  await expect(page.getByRole('timer')).toHaveText('20:00')
  await expect(card.getByRole('button', { name: 'Heat pack timer' })).toBeVisible()
  await screenshot(page, 'flare-today')
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Routines' }).click()
  const cards = page.getByRole('list', { name: 'Routines' })
  await expect(page.getByText(/^Flare mode is on: only gentle routines/)).toBeVisible()
  await expect(cards.getByRole('heading', { level: 3 })).toHaveText([
    'Two-minute break',
    'Upper back and neck',
    'Calm breathing at the desk',
  ])
  await page.getByRole('button', { name: 'Show all routines' }).click()
  await expect(cards.getByRole('heading', { level: 3 })).toHaveCount(9)
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Today' }).click()
  await page.getByRole('button', { name: 'End flare mode' }).click()
  await expect(card).toBeHidden()
  await expect(page.getByRole('timer')).toHaveText('30:00')

  await page.getByRole('link', { name: 'Journal' }).click()
  const weekly = page.getByRole('table', { name: 'Episodes and mean intensity per week' })
  await expect(weekly.getByRole('row', { name: '23 Nov 1 7.0 1' })).toBeAttached()
})

/** Sitting at the desk: a key press every 2 minutes, well inside the 5 minutes that count as away. */
async function sit(page: Page, ms: number): Promise<void> {
  for (let done = 0; done < ms; done += 2 * MINUTE) {
    await page.keyboard.press('Shift')
    await page.clock.runFor(Math.min(2 * MINUTE, ms - done))
  }
}

/** Four natural breaks: 25 minutes at the desk, then 10 minutes away, four times. */
async function dayOfBreaks(page: Page): Promise<void> {
  for (let index = 0; index < 4; index++) {
    await sit(page, 25 * MINUTE)
    await page.clock.runFor(10 * MINUTE)
    await page.keyboard.press('Shift')
  }
}

test('a week of breaks shows on the week chart, its table and the streak', async ({ page }) => {
  // Thursday 19 November at 09:00; the weekend in between has no breaks and does not end the streak.
  await freezeClock(page, '2026-11-19T09:00:00')
  await page.goto('/#/today')
  const week = page.getByRole('region', { name: 'Your week' })
  await expect(week).toContainText('Streak: 0 working days with at least 4 breaks')
  const days = ['2026-11-19', '2026-11-20', '2026-11-23', '2026-11-24', '2026-11-25']
  for (let index = 0; index < days.length; index++) {
    await dayOfBreaks(page)
    await expect(week).toContainText(`Streak: ${index + 1} working day`)
    const next = days[index + 1]
    if (next) {
      const now = await page.evaluate(() => Date.now())
      await page.clock.runFor(new Date(`${next}T09:00:00`).getTime() - now)
    }
  }
  await expect(week).toContainText('Streak: 5 working days with at least 4 breaks Today counts already.')
  const table = week.getByRole('table', { name: 'Your week, day by day' })
  await expect(table.getByRole('row')).toHaveCount(8)
  await expect(table.getByRole('row', { name: '20 Nov 4 0 0' })).toBeAttached()
  await expect(table.getByRole('row', { name: '21 Nov 0 0 0' })).toBeAttached()
  await expect(table.getByRole('row', { name: '25 Nov 4 0 0' })).toBeAttached()
  await expect(week.locator('.uplot canvas')).toBeVisible()
  await week.getByRole('button', { name: /Show the numbers for breaks, routines/ }).click()
  await expect(table).toBeVisible()
  await screenshot(page, 'week-progress')
  await expectNoAxeViolations(page)
})
