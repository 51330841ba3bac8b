import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { SETTINGS_KEY } from '../../src/renderer/src/host/browser-keys'
import { renderApp } from './render-app'

const storedLengths = (): unknown =>
  JSON.parse(window.localStorage.getItem(SETTINGS_KEY) ?? '{}').reminders?.snoozeOptions

describe('the snooze lengths in Settings', () => {
  it('are a group of checkboxes, 5 and 10 minutes ticked at first, changed with the keyboard alone', async () => {
    const user = userEvent.setup()
    renderApp('#/settings')
    const group = await screen.findByRole('group', { name: 'Snooze lengths offered' })
    const boxes = within(group).getAllByRole('checkbox') as HTMLInputElement[]
    expect(boxes.map((box) => [box.labels?.[0]?.textContent, box.checked])).toEqual([
      ['5 minutes', true],
      ['10 minutes', true],
      ['15 minutes', false],
      ['30 minutes', false],
    ])
    boxes[0]?.focus()
    await user.keyboard(' ')
    await user.tab()
    await user.tab()
    expect(document.activeElement).toBe(boxes[2])
    await user.keyboard(' ')
    expect(boxes.map((box) => box.checked)).toEqual([false, true, true, false])
    expect(storedLengths()).toEqual([10, 15])
  })

  it('refuse to untick the last one, say why beside the boxes, and keep what was saved', async () => {
    const user = userEvent.setup()
    renderApp('#/settings')
    const group = await screen.findByRole('group', { name: 'Snooze lengths offered' })
    const five = within(group).getByRole('checkbox', { name: '5 minutes' }) as HTMLInputElement
    const ten = within(group).getByRole('checkbox', { name: '10 minutes' }) as HTMLInputElement
    await user.click(five)
    await user.click(ten)
    expect(await screen.findByText('Choose at least one snooze length.')).toBeTruthy()
    expect(ten.checked).toBe(true)
    expect(ten.getAttribute('aria-invalid')).toBe('true')
    expect(group.getAttribute('aria-describedby')).toBeTruthy()
    expect(storedLengths()).toEqual([10])
    await user.click(within(group).getByRole('checkbox', { name: '30 minutes' }))
    expect(screen.queryByText('Choose at least one snooze length.')).toBeNull()
    expect(storedLengths()).toEqual([10, 30])
  })
})
