import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, freezeClock, screenshot, test } from './fixtures'

test.beforeEach(async ({ page }) => {
  await freezeClock(page, '2026-11-25T09:00:00')
})

async function runChecker(page: Page, questions: RegExp[]): Promise<void> {
  await page.getByRole('button', { name: 'Clear answers' }).click()
  for (const question of questions) await page.getByRole('checkbox', { name: question }).check()
  await page.getByRole('button', { name: 'See what to do' }).click()
}

test('read an article with its sources, actions and the not-medical-advice note, then search for "heat"', async ({
  page,
}) => {
  await page.goto('/#/learn')
  await expect(page.getByRole('link', { name: 'What is a back spasm?' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'A spasm or a long-term back problem?' }).click()
  const article = page.getByRole('article')
  await expect(article.getByRole('heading', { level: 2, name: 'A spasm or a long-term back problem?' })).toBeFocused()
  await expect(article.getByRole('note', { name: 'Not medical advice' })).toContainText('It is not medical advice')
  const table = article.getByRole('table')
  await expect(table.getByRole('columnheader', { name: 'Back spasm' })).toBeVisible()
  await expect(table.getByRole('rowheader', { name: 'How long' })).toBeVisible()
  const source = article.getByRole('link', { name: /^Cleveland Clinic: Back Spasms/ }).first()
  await expect(source).toHaveAttribute('target', '_blank')
  await expect(source).toHaveAttribute('rel', 'noreferrer')
  await expect(article.getByRole('link', { name: 'When to see a doctor' })).toHaveAttribute(
    'href',
    '#/learn/see-a-doctor',
  )
  await expectNoAxeViolations(page)
  await screenshot(page, 'learn-article')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'light' })

  await page.getByRole('link', { name: 'All articles' }).click()
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('heat')
  const results = page.getByRole('list', { name: 'Search results' })
  await expect(results.getByRole('listitem').first()).toBeVisible()
  await expect(results.locator('mark').first()).toHaveText(/^heat$/i)
  await expectNoAxeViolations(page)
  await screenshot(page, 'learn-search')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'light' })

  await results.getByRole('link', { name: 'Quick relief at home: Heat and cold' }).click()
  await expect(page).toHaveURL(/#\/learn\/quick-relief\/heat-and-cold$/)
  await expect(page.getByRole('heading', { level: 3, name: 'Heat and cold' })).toBeFocused()
})

test('the red-flag checker reaches each of the four outcomes; the emergency one is a focused alert', async ({
  page,
}) => {
  await page.goto('/#/today')
  await page.getByRole('link', { name: 'Is this serious?' }).first().click()
  await expect(page.getByRole('button', { name: 'See what to do' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Is this serious?' })).toBeVisible()
  await expectNoAxeViolations(page)

  await runChecker(page, [/^None of these apply to me$/])
  await expect(page.getByRole('region', { name: 'Looking after yourself is reasonable' })).toBeFocused()
  await expectNoAxeViolations(page)
  await screenshot(page, 'red-flags-self-care')

  await runChecker(page, [/keep coming back/])
  await expect(page.getByRole('region', { name: 'Book an appointment' })).toBeFocused()
  await expectNoAxeViolations(page)

  await runChecker(page, [/high temperature/, /keep coming back/])
  const urgent = page.getByRole('region', { name: 'Get medical advice today' })
  await expect(urgent).toBeFocused()
  await expect(urgent).toContainText('high temperature')
  await expect(urgent).not.toContainText('keep coming back')
  await expectNoAxeViolations(page)

  await page.mouse.wheel(0, 2000)
  await runChecker(page, [/fever|high temperature/, /hard to start or control peeing/])
  const alert = page.getByRole('alert')
  await expect(alert).toBeFocused()
  await expect(alert).toContainText('Get emergency care now')
  await expect(alert).toContainText('Emergency')
  await expect(alert).toContainText('Call your emergency number')
  await expect(alert).toContainText('UK NHS guidance')
  await expect(alert.getByRole('link', { name: /Cauda equina syndrome/ })).toBeVisible()
  expect(await alert.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(300)
  await expectNoAxeViolations(page)
  await screenshot(page, 'red-flags-emergency')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)
  await screenshot(page, 'red-flags-emergency-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  await alert.getByRole('button', { name: 'Save to my journal' }).click()
  await expect(alert.getByRole('status')).toHaveText('Saved to your journal.')
  await page.goto('/#/journal')
  await expect(page.getByRole('list', { name: 'Journal entries, newest first' })).toContainText(
    'Red-flag check: get emergency care now',
  )
})

test('log an episode, see it on the chart and in its table, export CSV', async ({ page }) => {
  await page.goto('/#/journal')
  await expect(page.getByRole('heading', { level: 2, name: 'Log a spasm' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('radio', { name: 'Upper back' }).check()
  await page.getByRole('radio', { name: 'Left' }).check()
  await page.getByRole('radio', { name: '7', exact: true }).check()
  await page.getByRole('radio', { name: 'Stress' }).check()
  await page.getByRole('textbox', { name: 'Note (optional)' }).fill('After a long call, "tight" shoulders')
  await expect(page.getByText('36 of 500 characters')).toBeVisible()
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('Saved: upper back, intensity 7 of 10.')).toBeVisible()

  const entries = page.getByRole('list', { name: 'Journal entries, newest first' })
  await expect(entries.getByRole('listitem')).toHaveCount(1)
  await expect(entries).toContainText('Spasm: Upper back, left, intensity 7 of 10, stress')

  const weekly = page.getByRole('table', { name: 'Episodes and mean intensity per week' })
  await expect(weekly.getByRole('row', { name: '23 Nov 1 7.0' })).toBeAttached()
  // A chart is drawn once the screen it is in has painted: on this test's still clock, once a frame has passed.
  await expect(page.locator('.uplot canvas')).toHaveCount(0)
  await page.clock.runFor(100)
  await expect(page.locator('.uplot canvas').first()).toBeVisible()
  await expect(page.getByRole('list', { name: 'Most common triggers' })).toHaveText('Stress: 1 time')
  await page.getByRole('button', { name: /Show the numbers for spasm episodes/ }).click()
  await expect(weekly).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'journal-chart')
  await page.emulateMedia({ colorScheme: 'dark' })
  // the charts are drawn again in the dark theme's colours, a frame later
  await page.clock.runFor(100)
  await expectNoAxeViolations(page)
  await screenshot(page, 'journal-chart-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toBe('unknot-journal-2026-11-25.csv')
  const path = await download.path()
  const { readFile } = await import('node:fs/promises')
  const csv = await readFile(path, 'utf8')
  const [header, row] = csv.split('\r\n')
  expect(header).toBe(
    'id,kind,time_utc,area,side,intensity,trigger,source,rating,outcome,ref,note,break_kind,break_outcome',
  )
  expect(row).toMatch(
    /^[^,]+,spasm,2026-11-25T\d\d:00:\d\d\.\d{3}Z,upper,left,7,stress,,,,,"After a long call, ""tight"" shoulders",,$/,
  )

  await entries.getByRole('button', { name: /Delete the entry from/ }).click()
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused()
  await expect(entries).toBeHidden()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(entries.getByRole('listitem')).toHaveCount(1)

  const importer = page.getByLabel('Import a journal file')
  await importer.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2]') })
  await expect(page.getByRole('alert')).toHaveText(/Nothing was imported\.$/)
  await expect(entries.getByRole('listitem')).toHaveCount(1)
  await expectNoAxeViolations(page)

  // Two more episodes within 14 days bring Unknot's own nudge, with the way to the checker.
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(entries.getByRole('listitem')).toHaveCount(2)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const nudge = page.getByRole('complementary', { name: 'Worth getting checked?' })
  await expect(nudge).toContainText('not a medical guideline')
  await expectNoAxeViolations(page)
  await screenshot(page, 'journal-nudge')
  await nudge.getByRole('link', { name: 'Open the red-flag checker' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Is this serious?' })).toBeFocused()
})

test('a spasm can be logged with the keyboard alone in a few key presses', async ({ page }) => {
  await page.goto('/#/journal')
  const lower = page.getByRole('radio', { name: 'Lower back' })
  await lower.focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: 'Upper back' })).toBeChecked()
  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('radio', { name: 'Right' })).toBeChecked()
  await page.keyboard.press('Tab')
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: '8', exact: true })).toBeChecked()
  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('radio', { name: 'Lifting' })).toBeChecked()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('list', { name: 'Journal entries, newest first' })).toContainText(
    'Spasm: Upper back, right, intensity 8 of 10, lifting',
  )
})
