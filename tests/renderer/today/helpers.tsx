import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { vi } from 'vitest'
import { renderApp } from '../render-app'
import { advance, useFakeTimeAt } from '../support'

export { advance }

export const MINUTE = 60_000

/** A Wednesday, 09:00 local time: inside the default working hours. */
export function useFakeTime(): void {
  useFakeTimeAt(new Date('2026-11-25T09:00:00'))
}

export function openScreen(hash: string) {
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
  renderApp(hash)
  return user
}

/**
 * Active work as the web companion sees it: input in the page every 5 s (the host reads page activity every
 * 10 s, and with fake timers nothing else would ever touch the page).
 */
export async function work(ms: number): Promise<void> {
  for (let done = 0; done < ms; done += 5000) {
    fireEvent.keyDown(window, { key: 'Shift' })
    await advance(Math.min(5000, ms - done))
  }
}

export function countdownText(): string {
  return screen.getByRole('region', { name: 'Next break in' }).querySelector('[role="timer"]')?.textContent ?? ''
}

export function summaryValue(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' })
  return term.nextElementSibling?.textContent ?? ''
}
