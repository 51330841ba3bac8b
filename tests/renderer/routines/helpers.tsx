import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { vi } from 'vitest'
import { renderApp } from '../render-app'

export { advance, useFakeTime } from '../support'

export function openRoutines() {
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
  renderApp('#/routines')
  return user
}

export type User = ReturnType<typeof openRoutines>

/** Starts the built-in two-minute break: 5 s get-ready, then four steps with 5 s rests. */
export async function startBreak(user: User): Promise<void> {
  await user.click(await screen.findByRole('button', { name: 'Start Two-minute break' }))
  await screen.findByRole('heading', { level: 2, name: 'Two-minute break' })
}

export function timerText(): string {
  return screen.getByRole('timer').getAttribute('aria-label') ?? ''
}
