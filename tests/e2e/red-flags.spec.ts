import { expect, expectNoAxeViolations, freezeClock, test } from './fixtures'

test.describe('the red-flag checker', () => {
  test.beforeEach(async ({ page }) => {
    await freezeClock(page, '2026-11-25T09:00:00')
    await page.goto('/#/red-flags')
    await expect(page.getByRole('group', { name: 'Tick each one that is true for you now' })).toBeVisible()
  })

  test('nothing ticked is not a "no": the checker asks for a choice and shows no self-care', async ({ page }) => {
    await page.getByRole('button', { name: 'See what to do' }).click()
    const ask = page.getByRole('alert')
    await expect(ask).toHaveText(
      'Tick each warning sign you have. If you have none of them, choose “None of these apply to me”.',
    )
    await expect(ask).toBeFocused()
    await expect(page.getByRole('region', { name: 'Looking after yourself is reasonable' })).toHaveCount(0)
    await expect(page.getByText('Self-care', { exact: true })).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('"None of these apply to me" gives the self-care outcome', async ({ page }) => {
    await page.getByRole('checkbox', { name: 'None of these apply to me' }).check()
    await page.getByRole('button', { name: 'See what to do' }).click()
    const result = page.getByRole('region', { name: 'Looking after yourself is reasonable' })
    await expect(result).toBeVisible()
    await expect(result).toBeFocused()
    await expect(page.getByRole('alert')).toHaveCount(0)
  })

  test('tummy pain or a throbbing belly with back pain gives the emergency outcome', async ({ page }) => {
    await page.getByRole('checkbox', { name: /tummy \(abdominal\) pain, or a throbbing feeling in your belly/ }).check()
    await page.getByRole('button', { name: 'See what to do' }).click()
    const alert = page.getByRole('alert')
    await expect(alert.getByRole('heading', { name: 'Get emergency care now' })).toBeVisible()
    await expect(alert).toBeFocused()
    await expect(alert.getByRole('list', { name: 'Why: you said yes to' })).toContainText('tummy (abdominal) pain')
    await expectNoAxeViolations(page)
  })
})

test('the article lists the same signs as the checker', async ({ page }) => {
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto('/#/learn/see-a-doctor')
  const emergency = page.getByRole('region', { name: 'Get emergency help now' })
  await expect(emergency).toBeVisible()
  await expect(emergency.getByRole('listitem')).toContainText([
    /bottom or back passage/,
    /difficult to walk/,
    /chest pain/,
    /tummy \(abdominal\) pain/,
    /serious accident/,
  ])
})
