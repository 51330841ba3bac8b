import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { SETTINGS_KEY } from '../../src/renderer/src/host/browser-keys'
import { renderApp } from './render-app'
import { RETURNING_USER_SETTINGS } from './support'

describe('settings screen', () => {
  it('saves a valid change through the contract and keeps it in this browser', async () => {
    const user = userEvent.setup()
    renderApp('#/settings')
    const chimes = await screen.findByRole('checkbox', { name: 'Soft chimes' })
    expect((chimes as HTMLInputElement).checked).toBe(true)
    await user.click(chimes)
    expect((chimes as HTMLInputElement).checked).toBe(false)
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('Saved.')
    expect(JSON.parse(window.localStorage.getItem(SETTINGS_KEY) ?? '{}').sound.chimes).toBe(false)
  })

  it('shows the validation message next to a bad value and keeps the stored one', async () => {
    const user = userEvent.setup()
    renderApp('#/settings')
    const volume = await screen.findByRole('spinbutton', { name: 'Volume' })
    await user.clear(volume)
    await user.type(volume, '150{Enter}')
    expect(await screen.findByText('Volume cannot be above 100%.')).toBeTruthy()
    expect(volume.getAttribute('aria-invalid')).toBe('true')
    expect(window.localStorage.getItem(SETTINGS_KEY)).toBe(RETURNING_USER_SETTINGS)
    await user.clear(volume)
    await user.type(volume, '40')
    await user.tab()
    expect(screen.queryByText('Volume cannot be above 100%.')).toBeNull()
    expect(JSON.parse(window.localStorage.getItem(SETTINGS_KEY) ?? '{}').sound.volume).toBe(0.4)
  })

  it('says so when the stored settings cannot be read, and runs on defaults', async () => {
    window.localStorage.setItem(SETTINGS_KEY, '{"version":1,"sound":')
    renderApp('#/settings')
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /could not be read: it is not valid JSON.*default settings/,
    )
    expect(((await screen.findByRole('checkbox', { name: 'Soft chimes' })) as HTMLInputElement).checked).toBe(true)
  })
})

describe('settings that depend on the host', () => {
  it('explain in the web companion that only page activity counts, and offer to allow notifications', async () => {
    renderApp('#/settings')
    expect(await screen.findByText(/can only see activity in this page/)).toBeTruthy()
    expect(screen.getByText(/available in the desktop app/)).toBeTruthy()
    expect(screen.queryByRole('checkbox', { name: 'Start Unknot when I log in' })).toBeNull()
  })
})
