import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { SETTINGS_KEY } from '../../../src/renderer/src/host/browser-keys'
import { renderApp } from '../render-app'
import { RETURNING_USER_SETTINGS } from '../support'

const stored = () => JSON.parse(window.localStorage.getItem(SETTINGS_KEY) ?? '{}').reminders

describe('reminder settings', () => {
  it('come first, show the core’s message next to a bad interval, and keep the stored value', async () => {
    const user = userEvent.setup()
    renderApp('#/settings')
    const groups = await screen.findAllByRole('group')
    expect(groups[0]?.querySelector('legend')?.textContent).toBe('Stretch breaks')
    const every = screen.getByRole('spinbutton', { name: 'Every (minutes of sitting)' })
    expect((every as HTMLInputElement).value).toBe('30')
    await user.clear(every)
    await user.type(every, '5{Enter}')
    expect(await screen.findByText('The stretch reminder interval must be at least 10 minutes.')).toBeTruthy()
    expect(every.getAttribute('aria-invalid')).toBe('true')
    expect(window.localStorage.getItem(SETTINGS_KEY)).toBe(RETURNING_USER_SETTINGS)
    await user.clear(every)
    await user.type(every, '45{Enter}')
    expect(screen.queryByText('The stretch reminder interval must be at least 10 minutes.')).toBeNull()
    expect(stored().stretch.everyMinutes).toBe(45)
  })

  it('chooses each kind’s break mode and the strict early exits, gentle by default', async () => {
    const user = userEvent.setup()
    renderApp('#/settings')
    const modes = await screen.findByRole('group', { name: 'How breaks ask for your screen' })
    const stretchMode = within(modes).getByRole('combobox', { name: 'Stretch breaks' }) as HTMLSelectElement
    expect(stretchMode.value).toBe('gentle')
    await user.selectOptions(stretchMode, 'Strict: a break screen without Snooze or Skip')
    expect(stored().stretch.mode).toBe('strict')
    expect(stored().micro.mode).toBe('gentle')
    const exits = within(modes).getByRole('spinbutton', { name: 'Early exits from a strict break' })
    await user.clear(exits)
    await user.type(exits, '9{Enter}')
    expect(await screen.findByText('At most 5 early exits a day.')).toBeTruthy()
    expect(stored().strictExitsPerDay).toBe(2)
    await user.clear(exits)
    await user.type(exits, '1{Enter}')
    expect(stored().strictExitsPerDay).toBe(1)
  })

  it('shows the break length in minutes and stores seconds', async () => {
    const user = userEvent.setup()
    renderApp('#/settings')
    const length = await screen.findByRole('spinbutton', { name: 'Stretch break length' })
    expect((length as HTMLInputElement).value).toBe('3')
    await user.clear(length)
    await user.type(length, '5{Enter}')
    expect(stored().stretch.breakSeconds).toBe(300)
  })

  it('edits working days as seven checkboxes and says when the hours are the wrong way round', async () => {
    const user = userEvent.setup()
    renderApp('#/settings')
    const days = await screen.findByRole('group', { name: 'Working days' })
    const boxes = within(days).getAllByRole('checkbox')
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([true, true, true, true, true, false, false])
    await user.click(within(days).getByRole('checkbox', { name: 'Saturday' }))
    expect(stored().workingHours.days).toEqual([1, 2, 3, 4, 5, 6])
    const end = screen.getByRole('textbox', { name: 'End time' })
    await user.clear(end)
    await user.type(end, '08:00{Enter}')
    expect(await screen.findByText('Working hours must end after they start.')).toBeTruthy()
    await user.clear(end)
    await user.type(end, '7pm{Enter}')
    expect(await screen.findByText('Use a time such as 09:00 (24-hour clock).')).toBeTruthy()
  })

  it('cites the sources of the defaults and offers the sleep choices in plain words', async () => {
    renderApp('#/settings')
    expect(
      await screen.findByRole('link', { name: /^Mayo Clinic Sports Medicine: The importance of stretching/ }),
    ).toBeTruthy()
    expect(screen.getByRole('link', { name: /^American Academy of Ophthalmology: The 20-20-20 rule/ })).toBeTruthy()
    const sleep = screen.getByRole('combobox', { name: 'When the computer sleeps or locks' })
    expect(
      within(sleep)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Stop counting, and count the time away as a break if it was long enough',
      'Stop counting, but never count it as a break',
      'Keep counting as if I were still working',
    ])
  })
})
