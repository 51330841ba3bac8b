import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { showStartFailed } from '../../../src/renderer/src/start-failed'
import { frameMarkup } from '../../../src/renderer/src/shell/frame-markup'

afterEach(() => {
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('when the frame’s code cannot be loaded', () => {
  it('turns the shipped frame’s “Starting…” into an alert that says what to do, with a reload button', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    document.body.innerHTML = `<div id="root">${frameMarkup()}</div>`
    showStartFailed(new TypeError('Failed to fetch dynamically imported module'))
    expect(screen.queryByRole('status')).toBeNull()
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('Unknot could not finish loading. Your data is safe')
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeTruthy()
    const reload = vi.fn()
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload })
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }))
    expect(reload).toHaveBeenCalledOnce()
    expect(console.error).toHaveBeenCalledWith('Unknot could not load the code of its window.', expect.any(TypeError))
  })
})
