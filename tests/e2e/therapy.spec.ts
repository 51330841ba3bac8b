import { expect, expectNoAxeViolations, freezeClock, screenshot, test } from './fixtures'

const MINUTE = 60_000
test('a cold session counts down, checks the skin, alerts at the end, then enforces the rest gap and the limit', async ({
  page,
}) => {
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto('/#/therapy')
  await expect(page.getByRole('heading', { level: 1, name: 'Therapy' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Spasm or stiffness' })).toBeChecked()
  await expect(page.getByRole('link', { name: /^Cochrane: Superficial heat or cold for low back pain/ })).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, 'therapy-presets')

  await page.getByRole('radio', { name: 'Fresh strain or knock (first 48–72 hours)' }).check()
  await page.getByRole('textbox', { name: 'Where it hurts (optional)' }).fill('Lower back, left')
  await page.getByRole('button', { name: 'Start episode' }).click()

  const checklist = page.getByRole('group', { name: 'Read and tick each point' })
  await expect(checklist.getByRole('checkbox')).toHaveCount(11)
  await page.getByRole('button', { name: 'I have read these' }).click()
  await expect(page.getByRole('alert')).toHaveText(/tick every item/)
  await screenshot(page, 'therapy-safety-list')
  await expectNoAxeViolations(page)
  for (const box of await checklist.getByRole('checkbox').all()) await box.check()
  await page.getByRole('button', { name: 'I have read these' }).click()

  await expect(page.getByRole('radio', { name: /Cold/ })).toBeChecked()
  await expect(page.getByRole('spinbutton', { name: 'Minutes' })).toHaveValue('20')
  await page.getByRole('button', { name: 'Start cold session' }).click()

  const timer = page.getByRole('timer')
  await expect(timer).toHaveText('20:00')
  await expect(page.getByRole('heading', { name: /Cold pack/ })).toBeVisible()
  await page.clock.runFor(MINUTE)
  await expect(timer).toHaveText('19:00')
  await screenshot(page, 'therapy-running')
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await screenshot(page, 'therapy-running-dark')
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(timer).toHaveText('19:00')

  await page.clock.runFor(4 * MINUTE + 10_000)
  await expect(timer).toHaveText('14:50')
  await expect(page.getByRole('heading', { name: 'Skin check' })).toBeVisible()
  await expect(page.getByText('blisters')).toBeVisible()
  await screenshot(page, 'therapy-skin-check')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Skin looks fine' }).click()
  await expect(page.getByRole('heading', { name: 'Skin check' })).toBeHidden()
  await expect(timer).toHaveText('14:50')

  await page.clock.runFor(14 * MINUTE + 50_000)
  await expect(page.getByRole('heading', { name: 'Time is up — take the pack off' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Pack is off' })).toBeFocused()
  await screenshot(page, 'therapy-end-alert')
  await expectNoAxeViolations(page)
  await page.clock.runFor(10_000)
  await page.getByRole('button', { name: 'Pack is off' }).click()

  // The rest gap counts from the click (the pack was on until then), not from the planned end.
  const restGap = page.getByText(/^Rest before the next pack, whichever kind/)
  await expect(restGap).toHaveText('Rest before the next pack, whichever kind: 20:00 left')
  await page.clock.runFor(MINUTE + 30_000)
  await expect(restGap).toHaveText('Rest before the next pack, whichever kind: 18:30 left')
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(1)).toContainText('Full time')
  await screenshot(page, 'therapy-rest-gap')
  await expectNoAxeViolations(page)

  await page.getByRole('radio', { name: /Heat/ }).check()
  await page.getByRole('spinbutton', { name: 'Minutes' }).fill('45')
  await page.getByRole('button', { name: 'Start heat session' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'A heat session can last at most 20 minutes: longer on the skin raises the risk of burns. Take a break and start another session later.',
  )
  await expect(page.getByRole('spinbutton', { name: 'Minutes' })).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('timer')).toHaveCount(0)
  await screenshot(page, 'therapy-refusal')
  await expectNoAxeViolations(page)
})
