import type { BrowserContext, Page } from '@playwright/test'
import { expect, freezeClock, test } from './fixtures'

/** A tab of the web companion on the journal, with its own paused clock, failing the test on any console error. */
async function openTab(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto('/#/journal')
  await expect(page.getByRole('heading', { level: 2, name: 'Log a spasm' })).toBeVisible()
  return page
}

async function logSpasm(page: Page, note: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Note (optional)' }).fill(note)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await saved(page)
}

/** The save is acknowledged: the form clears its note then (the "Saved" line alone may be the previous save's). */
async function saved(page: Page): Promise<void> {
  await expect(page.getByRole('textbox', { name: 'Note (optional)' })).toHaveValue('')
  await expect(page.getByText(/^Saved: lower back/)).toBeVisible()
}

const entries = (page: Page) => page.getByRole('list', { name: 'Journal entries, newest first' }).getByRole('listitem')

test('tabs share one journal: two tabs log, a third sees both; the leader closes and the next one leads', async ({
  page,
  context,
  consoleErrors,
}) => {
  await page.close()
  const first = await openTab(context, consoleErrors)
  const second = await openTab(context, consoleErrors)
  await logSpasm(first, 'first tab')
  await logSpasm(second, 'second tab')

  const third = await openTab(context, consoleErrors)
  for (const tab of [first, second, third]) {
    await expect(entries(tab)).toHaveCount(2)
    await expect(entries(tab).filter({ hasText: 'first tab' })).toHaveCount(1)
    await expect(entries(tab).filter({ hasText: 'second tab' })).toHaveCount(1)
  }

  // The first tab leads (it took the lock first). It goes while the second tab's entry is on its way: the entry
  // is stored exactly once, by the old leader or by the one that takes over.
  await second.getByRole('textbox', { name: 'Note (optional)' }).fill('during the hand-over')
  await second.getByRole('button', { name: 'Save', exact: true }).click()
  await first.close()
  await expect(second.getByText(/^Saved: lower back/)).toBeVisible()
  await logSpasm(third, 'after the leader left')
  for (const tab of [second, third]) {
    await expect(entries(tab)).toHaveCount(4)
    await expect(entries(tab).filter({ hasText: 'during the hand-over' })).toHaveCount(1)
  }

  // What was acknowledged is stored: a tab opened now reads it from the database.
  await second.close()
  await third.close()
  const later = await openTab(context, consoleErrors)
  await expect(entries(later)).toHaveCount(4)
  await expect(entries(later).filter({ hasText: 'after the leader left' })).toHaveCount(1)
})

test('a journal kept in localStorage by an earlier version moves to the database once', async ({ page }) => {
  await freezeClock(page, '2026-11-25T09:00:00')
  const entry = {
    id: 'old-1',
    wall: Date.parse('2026-11-20T08:00:00Z'),
    kind: 'spasm',
    area: 'neck',
    side: 'left',
    intensity: 4,
    trigger: 'stress',
    note: 'kept by an earlier version',
  }
  const data = JSON.stringify({ version: 1, journal: { entries: [entry], nextSeq: 2 } })
  await page.addInitScript({
    content: `if (!sessionStorage.getItem('unknot.e2e.seeded')) {
      sessionStorage.setItem('unknot.e2e.seeded', '1')
      localStorage.setItem('unknot.settings', ${JSON.stringify(JSON.stringify({ version: 1, sound: { chimes: false } }))})
      localStorage.setItem('unknot.data', ${JSON.stringify(data)})
    }`,
  })
  await page.goto('/#/journal')
  await expect(entries(page).filter({ hasText: 'kept by an earlier version' })).toHaveCount(1)
  await logSpasm(page, 'new in the database')
  await expect(entries(page)).toHaveCount(2)

  // The old keys are still there, unchanged, but are not read a second time: the entry is not doubled.
  await page.reload()
  await expect(entries(page)).toHaveCount(2)
  expect(await page.evaluate(`localStorage.getItem('unknot.data')`)).toBe(data)
  await page.goto('/#/settings')
  await expect(page.getByRole('checkbox', { name: 'Soft chimes' })).not.toBeChecked()
})

test('a follower tab pages through the journal the leading tab holds', async ({ page, context, consoleErrors }) => {
  await page.close()
  // 45 entries kept by an earlier version, one every 6 hours up to 09:00 on 25 November; moved in by the leader.
  const last = Date.parse('2026-11-25T03:00:00Z')
  const stored = Array.from({ length: 45 }, (_, index) => ({
    id: `kept-${index}`,
    wall: last - (44 - index) * 6 * 3_600_000,
    kind: 'spasm',
    area: 'lower',
    side: 'left',
    intensity: 3,
    trigger: 'other',
    note: `entry number ${index + 1}`,
  }))
  const data = JSON.stringify({ version: 1, journal: { entries: stored, nextSeq: 46 } })
  const leader = await context.newPage()
  await leader.addInitScript(`localStorage.setItem('unknot.data', ${JSON.stringify(data)})`)
  await freezeClock(leader, '2026-11-25T09:00:00')
  await leader.goto('/#/journal')
  await expect(entries(leader)).toHaveCount(20)

  const follower = await openTab(context, consoleErrors)
  await expect(follower.getByRole('heading', { name: 'Entries (45)' })).toBeVisible()
  await expect(entries(follower)).toHaveCount(20)
  await expect(entries(follower).first()).toContainText('entry number 45')
  const older = follower.getByRole('button', { name: 'Show older entries' })
  await older.focus()
  await follower.keyboard.press('Enter')
  await expect(entries(follower)).toHaveCount(40)
  await expect(entries(follower).nth(20)).toContainText('entry number 25')
  await follower.keyboard.press('Enter')
  await expect(entries(follower)).toHaveCount(45)
  await expect(entries(follower).last()).toContainText('entry number 1')
  await expect(older).toHaveCount(0)
  await expect(follower.getByRole('heading', { name: 'Entries (45)' })).toBeFocused()
})

test('the leading tab crashes: a follower takes over, nothing acknowledged is lost and nothing is applied twice', async ({
  page,
  context,
  consoleErrors,
}) => {
  await page.close()
  const leader = await openTab(context, [])
  const follower = await openTab(context, consoleErrors)
  await logSpasm(leader, 'logged by the leader')
  await logSpasm(follower, 'logged by the follower')

  // The leader's renderer dies (no unload, no clean close) while the follower's entry is on its way.
  const crashed = leader.waitForEvent('crash')
  await follower.getByRole('textbox', { name: 'Note (optional)' }).fill('during the crash')
  await follower.getByRole('button', { name: 'Save', exact: true }).click()
  const devtools = await context.newCDPSession(leader)
  void devtools.send('Page.crash').catch(() => undefined)
  await crashed

  await saved(follower)
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
