import type { Locator, Page } from '@playwright/test'
import { expect, freezeClock, test, work } from './fixtures'

// Each main flow done with the keyboard alone: no clicks, no fill(), no check(). Controls are reached with Tab
// (or Shift+Tab) from wherever focus is, which also proves they are in the tab order.

const MINUTE = 60_000

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === element.ownerDocument.activeElement)
}

/** Presses Tab until `target` has focus; fails if it is not reachable within `limit` presses. */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 80 } = {}): Promise<void> {
  await expect(target).toBeVisible()
  for (let presses = 0; presses < limit; presses += 1) {
    if (await isFocused(target)) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  await expect(target, `reachable with ${backwards ? 'Shift+' : ''}Tab`).toBeFocused()
}

async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target)
  await page.keyboard.press(key)
}

test.beforeEach(async ({ page }) => {
  // A Wednesday morning, inside the default working hours.
  await freezeClock(page, '2026-11-25T09:00:00')
})

test('a break: the prompt takes focus, Start opens the break routine, and it can be ended', async ({ page }) => {
  await page.goto('/#/today')
  await expect(page.getByRole('heading', { level: 2, name: 'Next break in' })).toBeVisible()
  await work(page, 30 * MINUTE + 20_000)
  const prompt = page.getByRole('alertdialog', { name: 'Time for a stretch break' })
  await expect(prompt).toBeFocused()

  await press(page, prompt.getByRole('button', { name: /^Start/ }))
  const player = page.getByRole('region', { name: 'Two-minute break' })
  await expect(player.getByText('Get ready', { exact: true })).toBeVisible()
  await page.keyboard.press('Escape')
  const confirm = page.getByRole('alertdialog', { name: 'End this routine?' })
  await expect(confirm).toBeVisible()
  await press(page, confirm.getByRole('button', { name: /^End/ }))
  await expect(confirm).toBeHidden()
})

test('a routine: start from the library, pause and resume, finish, rate and save', async ({ page }) => {
  await page.goto('/#/routines')
  await expect(page.getByRole('heading', { level: 2, name: 'Library' })).toBeVisible()
  await press(page, page.getByRole('button', { name: 'Start Two-minute break' }))
  const player = page.getByRole('region', { name: 'Two-minute break' })
  await expect(player.getByText('Get ready', { exact: true })).toBeVisible()

  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible()
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()

  await page.clock.runFor(3 * MINUTE)
  await expect(page.getByRole('heading', { level: 2, name: 'Routine complete' })).toBeVisible()
  const pain = page.getByRole('radio', { name: '0, no pain' })
  await tabTo(page, pain)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: '2', exact: true })).toBeChecked()
  await press(page, page.getByRole('button', { name: 'Save' }))
  await expect(page.getByRole('list', { name: 'Recent sessions' })).toContainText('Pain after: 2 out of 10')
})

test('a therapy session: choose, read the safety list, run, answer the end alert', async ({ page }) => {
  await page.goto('/#/therapy')
  await expect(page.getByRole('radio', { name: 'Spasm or stiffness' })).toBeChecked()
  await press(page, page.getByRole('button', { name: 'Start episode' }))

  const checklist = page.getByRole('group', { name: 'Read and tick each point' })
  await expect(checklist.getByRole('checkbox')).toHaveCount(11)
  for (const box of await checklist.getByRole('checkbox').all()) await press(page, box, 'Space')
  await press(page, page.getByRole('button', { name: 'I have read these' }))

  await press(page, page.getByRole('button', { name: /^Start (heat|cold) session$/ }))
  const timer = page.getByRole('timer')
  await expect(timer).toBeVisible()
  const minutes = Number((await timer.textContent())?.split(':')[0])
  expect(minutes).toBeGreaterThan(0)

  await page.clock.runFor(minutes * MINUTE + 1_000)
  const packOff = page.getByRole('button', { name: 'Pack is off' })
  await expect(packOff).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(packOff).toBeHidden()
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2)
})

test('the red-flag checker: from any screen to an outcome, with the answers ticked by keyboard', async ({ page }) => {
  await page.goto('/#/settings')
  await press(page, page.getByRole('link', { name: 'Is this serious?' }))
  await expect(page.getByRole('checkbox', { name: /keep coming back/ })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Is this serious?' })).toBeFocused()

  await press(page, page.getByRole('checkbox', { name: /keep coming back/ }), 'Space')
  await expect(page.getByRole('checkbox', { name: /keep coming back/ })).toBeChecked()
  await press(page, page.getByRole('button', { name: 'See what to do' }))
  await expect(page.getByRole('region', { name: 'Book an appointment' })).toBeFocused()
})
