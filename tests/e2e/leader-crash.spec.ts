import type { BrowserContext, Page } from '@playwright/test'
import { expect, freezeClock, test } from './fixtures'

async function openTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto('/#/journal')
  await expect(page.getByRole('heading', { level: 2, name: 'Log a spasm' })).toBeVisible()
  return page
}

async function logSpasm(page: Page, note: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Note (optional)' }).fill(note)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText(/^Saved: lower back/)).toBeVisible()
}

const entries = (page: Page) => page.getByRole('list', { name: 'Journal entries, newest first' }).getByRole('listitem')

test('the leading tab crashes: a follower takes over, nothing acknowledged is lost and nothing is applied twice', async ({
  page,
  context,
}) => {
  await page.close()
  const leader = await openTab(context)
  const follower = await openTab(context)
  await logSpasm(leader, 'logged by the leader')
  await logSpasm(follower, 'logged by the follower')

  // The leader's renderer dies (no unload, no clean close) while the follower's entry is on its way.
  const crashed = leader.waitForEvent('crash')
  await follower.getByRole('textbox', { name: 'Note (optional)' }).fill('during the crash')
  await follower.getByRole('button', { name: 'Save', exact: true }).click()
  const devtools = await context.newCDPSession(leader)
  void devtools.send('Page.crash').catch(() => undefined)
  await crashed

  await expect(follower.getByText(/^Saved: lower back/)).toBeVisible()
  await logSpasm(follower, 'after the crash')
  await expect(entries(follower)).toHaveCount(4)
  await expect(entries(follower).filter({ hasText: 'during the crash' })).toHaveCount(1)

  // What was acknowledged is in the database: the tab that now leads reads it back after a reload.
  await follower.reload()
  await expect(entries(follower)).toHaveCount(4)
  for (const note of ['logged by the leader', 'logged by the follower', 'during the crash', 'after the crash']) {
    await expect(entries(follower).filter({ hasText: note })).toHaveCount(1)
  }
})
