import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SETTINGS_KEY } from '../../src/renderer/src/host/browser-keys'
import { renderApp } from './render-app'
import { advance, useFakeTime, useRealTime } from './support'

const stored = () =>
  JSON.parse(window.localStorage.getItem(SETTINGS_KEY) ?? '{}') as {
    desktopCheck?: Record<string, { finding: string }>
  }

function row(name: string): HTMLElement {
  return screen.getByRole('listitem', { name })
}

describe('Settings → "Check my desktop" in the web companion', () => {
  const shown: Array<{ title: string }> = []
  beforeEach(() => {
    useFakeTime()
    shown.length = 0
    vi.stubGlobal(
      'Notification',
      Object.assign(
        vi.fn(function (this: unknown, title: string) {
          shown.push({ title })
        }),
        { permission: 'granted', requestPermission: vi.fn(async () => 'granted') },
      ),
    )
  })
  afterEach(useRealTime)

  it('says what does not apply here, asks about a test notification, and watches idle time while the person types', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    renderApp('#/settings')
    await user.click(await screen.findByRole('button', { name: 'Check my desktop' }))

    expect((await within(row('Tray icon')).findByText(/The web companion has no tray icon/)).textContent).toBe(
      'Does not apply: The web companion has no tray icon: this page is where it lives.',
    )
    expect(shown).toEqual([{ title: 'Unknot: test notification' }])
    expect(within(row('Start at login')).getByText(/Does not apply/)).toBeTruthy()
    expect(within(row('Global shortcut')).getByText(/Does not apply/)).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Check my desktop' })).toHaveProperty('disabled', true)

    await user.click(await within(row('Notifications')).findByRole('button', { name: 'No' }))
    expect(within(row('Notifications')).getByText(/^Problem:/).textContent).toBe(
      'Problem: You did not see the test notification, so reminders outside the window may go unseen.',
    )
    expect(within(row('Notifications')).getByText(/lets this browser show notifications/)).toBeTruthy()

    const box = within(row('Idle time')).getByRole('textbox', { name: 'Type here to check idle time' })
    await user.type(box, 'hello')
    await advance(3_000)
    expect(within(row('Idle time')).queryByText(/Works fine/)).toBeNull()
    await user.type(box, ' again')
    await advance(1_000)
    expect(within(row('Idle time')).getByText(/^Works fine:/).textContent).toBe(
      'Works fine: Idle time works: it grew while you paused and went back to 0 when you typed.',
    )
    expect(screen.getByText('Checked: 1 problem to fix.').getAttribute('role')).toBe('status')
    expect(stored().desktopCheck).toMatchObject({
      notifications: { finding: 'notifications-not-seen-browser' },
      idle: { finding: 'idle-moves' },
      tray: { finding: 'tray-none-in-browser' },
    })

    // A later run that passes clears the problem; a minute without typing cannot tell.
    await user.click(screen.getByRole('button', { name: 'Check my desktop' }))
    await user.click(await within(row('Notifications')).findByRole('button', { name: 'Yes, I saw it' }))
    await advance(60_000)
    expect(within(row('Idle time')).getByText(/^Not sure:/)).toBeTruthy()
    expect(within(row('Idle time')).getByText('Check again, and type in the box as it asks.')).toBeTruthy()
    expect(screen.getByText('Checked: no problems found.')).toBeTruthy()
    expect(stored().desktopCheck?.['notifications']?.finding).toBe('notifications-seen')
  })

  it('shows the findings kept from the last run before a new one, and a blocked permission as the problem', async () => {
    window.localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ version: 2, desktopCheck: { idle: { finding: 'idle-stuck-at-zero', atWall: 1 } } }),
    )
    Object.assign(Notification, { permission: 'denied' })
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    renderApp('#/settings')
    const idle = await screen.findByRole('listitem', { name: 'Idle time' })
    expect(within(idle).getByText(/Some Wayland sessions/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Check my desktop' }))
    expect(await within(row('Notifications')).findByText(/^Problem: Notifications are blocked/)).toBeTruthy()
    expect(shown).toEqual([])
  })
})
