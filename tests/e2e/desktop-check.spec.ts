import { expect, expectNoAxeViolations, freezeClock, screenshot, test } from './fixtures'

test('Settings → "Check my desktop" by keyboard: a test notification, idle time while typing, what does not apply', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['notifications'])
  await freezeClock(page, '2026-11-25T09:00:00')
  await page.goto('/#/settings')
  const start = page.getByRole('button', { name: 'Check my desktop' })
  await start.focus()
  await page.keyboard.press('Enter')

  const notifications = page.getByRole('listitem', { name: 'Notifications' })
  await expect(notifications.getByText('Unknot sent a test notification. Did you see it?')).toBeVisible()
  await expect(page.getByRole('listitem', { name: 'Tray icon' })).toContainText('Does not apply')
  await expect(page.getByRole('listitem', { name: 'Start at login' })).toContainText('Does not apply')
  await expect(page.getByRole('listitem', { name: 'Global shortcut' })).toContainText('Does not apply')
  await expectNoAxeViolations(page)

  // From "Yes, I saw it", Tab reaches "No"
  await notifications.getByRole('button', { name: 'Yes, I saw it' }).focus()
  await page.keyboard.press('Tab')
  await expect(notifications.getByRole('button', { name: 'No' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(notifications).toContainText('Problem: You did not see the test notification')

  const idle = page.getByRole('listitem', { name: 'Idle time' })
  const box = idle.getByRole('textbox', { name: 'Type here to check idle time' })
  await box.focus()
  await page.keyboard.type('hello')
  await expect(box).toHaveValue('hello')
  await page.clock.runFor(3_000)
  await page.keyboard.type(' again')
  await expect(box).toHaveValue('hello again')
  await page.clock.runFor(1_000)
  await expect(idle).toContainText('Works fine: Idle time works')
  await expect(page.getByRole('status').filter({ hasText: 'Checked:' })).toHaveText('Checked: 1 problem to fix.')
  await expect(start).toBeEnabled()

  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)
  await screenshot(page, 'settings-check-my-desktop')
})
