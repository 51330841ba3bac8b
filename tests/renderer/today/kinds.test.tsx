import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '../render-app'
import { countdownText, MINUTE, useFakeTime, work } from './helpers'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('other kinds of break and other times of day', () => {
  it('a micro-break prompt says what to do, and starting it stays on Today', async () => {
    useFakeTime()
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    const { host } = renderApp('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    await act(async () => {
      await host.api.dispatch({
        type: 'updateSettings',
        payload: { patch: { reminders: { micro: { enabled: true } } } },
      })
    })
    expect(countdownText()).toBe('10:00')
    expect(screen.getByText(/^A micro-break, counted in sitting time/)).toBeTruthy()
    await work(10 * MINUTE + 10_000)
    const prompt = screen.getByRole('alertdialog', { name: 'Time for a micro-break' })
    expect(within(prompt).getByText(/about 20 feet \(6 metres\) away for 20 seconds and sit tall/)).toBeTruthy()
    expect(
      within(prompt).getByRole('link', { name: /^American Academy of Ophthalmology: The 20-20-20 rule/ }),
    ).toBeTruthy()
    await user.click(within(prompt).getByRole('button', { name: 'Start' }))
    expect(window.location.hash).toBe('#/today')
    expect(screen.getByRole('heading', { level: 2, name: /On a micro-break/ }).textContent).toBe(
      'On a micro-break: 0:20 left',
    )
  })

  it('outside working hours the countdown waits and says why', async () => {
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) })
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'],
      now: new Date('2026-11-25T19:30:00'),
    })
    renderApp('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    await work(5 * MINUTE)
    expect(countdownText()).toBe('30:00')
    expect(screen.getByText('Outside working hours. Reminders start tomorrow at 09:00.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Remind me now anyway' })).toBeTruthy()
  })
})
