import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from './render-app'

describe('app shell', () => {
  it('offers every screen in the main navigation and marks the current one', async () => {
    renderApp('#/today')
    const nav = screen.getByRole('navigation', { name: 'Main' })
    const names = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent)
    expect(names).toEqual(['Today', 'Routines', 'Therapy', 'Learn', 'Journal', 'Settings'])
    expect(within(nav).getByRole('link', { name: 'Today' }).getAttribute('aria-current')).toBe('page')
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeTruthy()
  })

  it('moves between screens by keyboard and follows the URL', async () => {
    const user = userEvent.setup()
    renderApp('#/today')
    const settingsLink = screen.getByRole('link', { name: 'Settings' })
    settingsLink.focus()
    await user.keyboard('{Enter}')
    await act(async () => {
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy()
  })

  it('keeps the red-flag checker one click away and the not-medical-advice note on screen', () => {
    renderApp('#/learn')
    expect(screen.getByRole('link', { name: 'Is this serious?' }).getAttribute('href')).toBe('#/red-flags')
    expect(screen.getByText(/not medical advice/)).toBeTruthy()
  })
})
