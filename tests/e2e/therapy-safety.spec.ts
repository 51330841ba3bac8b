import { expect, expectNoAxeViolations, freezeClock, test } from './fixtures'

const MINUTE = 60_000

test('after a cold pack comes off, heat waits the rest gap with the time left and why, then starts', async ({
  page,
}) => {
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto('/#/therapy')
  await expect(page.getByRole('heading', { level: 1, name: 'Therapy' })).toBeVisible()

  await page.getByRole('radio', { name: 'Fresh strain or knock (first 48–72 hours)' }).check()
  await page.getByRole('button', { name: 'Start episode' }).click()
  const checklist = page.getByRole('group', { name: 'Read and tick each point' })
  await expect(checklist.getByRole('checkbox')).toHaveCount(11)
  for (const point of [
    /broken skin, an open wound or skin that looks infected/,
    /recently swollen up/,
    /pregnant, I will not put heat on my tummy/,
    /tumour or cancer/,
    /neuropathy/,
    /lowest setting that helps/,
    /After about 5 minutes/,
  ])
    await expect(checklist.getByRole('checkbox', { name: point })).toBeVisible()
  await expectNoAxeViolations(page)
  for (const box of await checklist.getByRole('checkbox').all()) await box.check()
  await page.getByRole('button', { name: 'I have read these' }).click()

  await expect(page.getByRole('radio', { name: /Cold/ })).toBeChecked()
  await page.getByRole('button', { name: 'Start cold session' }).click()
  const timer = page.getByRole('timer')
  await expect(timer).toHaveText('20:00')

  await page.clock.runFor(5 * MINUTE)
  await expect(page.getByRole('heading', { name: 'Skin check' })).toBeVisible()
  await expect(page.getByText('The pack has been on for about 5 minutes.')).toBeVisible()
  await page.getByRole('button', { name: 'Skin looks fine' }).click()
  await expect(page.getByRole('heading', { name: 'Skin check' })).toBeHidden()

  await page.clock.runFor(15 * MINUTE)
  await expect(page.getByRole('heading', { name: 'Time is up — take the pack off' })).toBeVisible()
  // The pack stays on three more minutes: the rest gap must count from when it comes off, not from the planned end.
  await page.clock.runFor(3 * MINUTE)
  await page.getByRole('button', { name: 'Pack is off' }).click()

  await page.getByRole('radio', { name: /Heat/ }).check()
  const rest = page.getByText(/^Rest before the next pack, whichever kind/)
  await expect(rest).toHaveText('Rest before the next pack, whichever kind: 20:00 left')
  await expect(page.getByText(/^Skin that has just been cold needs time to return to normal/)).toBeVisible()
  await page.getByRole('button', { name: 'Start heat session' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'Your skin needs a rest before the next pack: you can put one on in 20:00. Skin that has just been cold needs ' +
      'time to return to normal, and until then it feels heat less, so a warm pack could burn it without you noticing.',
  )
  await expect(timer).toHaveCount(0)
  await expectNoAxeViolations(page)

  await page.clock.runFor(19 * MINUTE)
  await expect(rest).toHaveText('Rest before the next pack, whichever kind: 1:00 left')
  await page.getByRole('button', { name: 'Start heat session' }).click()
  await expect(page.getByRole('alert')).toContainText('you can put one on in 01:00.')
  await expect(timer).toHaveCount(0)

  await page.clock.runFor(MINUTE)
  await expect(rest).toHaveCount(0)
  await page.getByRole('button', { name: 'Start heat session' }).click()
  await expect(timer).toHaveText('20:00')
  await expect(page.getByRole('heading', { name: /Heat pack/ })).toBeVisible()
})

test('pausing a session asks for the pack to come off', async ({ page }) => {
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto('/#/therapy')
  await expect(page.getByRole('heading', { level: 1, name: 'Therapy' })).toBeVisible()

  await page.getByRole('button', { name: 'Start episode' }).click()
  const checklist = page.getByRole('group', { name: 'Read and tick each point' })
  for (const box of await checklist.getByRole('checkbox').all()) await box.check()
  await page.getByRole('button', { name: 'I have read these' }).click()
  await page.getByRole('button', { name: 'Start heat session' }).click()
  await expect(page.getByRole('timer')).toHaveText('20:00')
  const takeOff = page.getByText(/^Take the pack off while the session is paused/)
  await expect(takeOff).toHaveCount(0)

  await page.clock.runFor(2 * MINUTE)
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(takeOff).toBeVisible()
  await expectNoAxeViolations(page)
  await page.clock.runFor(3 * MINUTE)
  await expect(page.getByRole('timer')).toHaveText('18:00')
  await page.getByRole('button', { name: 'Resume' }).click()
  await expect(takeOff).toHaveCount(0)
})
