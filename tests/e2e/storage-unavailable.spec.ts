import { expect, freezeClock, test } from './fixtures'

/** A browser that will not open IndexedDB, as a private window or blocked site data does. */
const noDatabase = `(() => {
  IDBFactory.prototype.open = function () {
    throw new DOMException('A mutation operation was attempted on a database that did not allow it.', 'InvalidStateError')
  }
})()`

const NOT_KEPT =
  'Unknot cannot keep your data in this browser: its storage could not be opened (a private window, or site data ' +
  'turned off, can do this). What you do here works until this tab is closed, but none of it is kept. Export ' +
  'your journal to keep a copy, or open Unknot in a normal window.'

test('without a database, the page works in memory and says at start and at every save that nothing is kept', async ({
  page,
}) => {
  await page.addInitScript({ content: noDatabase })
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto('/#/journal')
  await expect(page.getByRole('heading', { level: 2, name: 'Log a spasm' })).toBeVisible()
  const notice = page.getByRole('alert').filter({ hasText: 'cannot keep your data' })
  await expect(notice).toHaveText(new RegExp(`^${NOT_KEPT.replace(/[.()]/g, '\\$&')}`))

  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
  await page.getByRole('textbox', { name: 'Note (optional)' }).fill('in a private window')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const entries = page.getByRole('list', { name: 'Journal entries, newest first' }).getByRole('listitem')
  await expect(entries.filter({ hasText: 'in a private window' })).toHaveCount(1)
  await expect(notice).toBeVisible()
  // the screen's own confirmation does not read as kept either
  await expect(page.getByText(/^Saved: .+ of 10\. It is kept only until this tab is closed\.$/)).toBeVisible()

  // as it said: nothing of it was kept
  await page.reload()
  await expect(page.getByRole('heading', { level: 2, name: 'Log a spasm' })).toBeVisible()
  await expect(notice).toBeVisible()
  await expect(entries.filter({ hasText: 'in a private window' })).toHaveCount(0)
})

test('without a database, a saved setting says it lasts only until the tab is closed', async ({ page }) => {
  await page.addInitScript({ content: noDatabase })
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto('/#/settings')
  await page
    .getByRole('group', { name: 'Snooze lengths offered' })
    .getByRole('checkbox', { name: '15 minutes' })
    .check()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveText(
    'Saved. It is kept only until this tab is closed.',
  )
})
