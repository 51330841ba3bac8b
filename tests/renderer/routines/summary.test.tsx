import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { advance, openRoutines, startBreak, useFakeTime } from './helpers'

describe('session summary and history', () => {
  beforeEach(useFakeTime)
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('rates a finished routine and shows it in the history', async () => {
    const user = openRoutines()
    await startBreak(user)
    await advance(3 * 60_000)
    expect(await screen.findByRole('heading', { level: 2, name: 'Routine complete' })).toBeTruthy()
    const done = within(screen.getByRole('list', { name: 'What you did' })).getAllByRole('listitem')
    expect(done.map((item) => item.textContent)).toEqual([
      'Stand up and move',
      'Standing overhead reach',
      'Standing shoulder rolls',
      '20-20-20 eye break',
    ])
    const rating = screen.getByRole('group', { name: 'How does your back feel now?' })
    expect(within(rating).getAllByRole('radio')).toHaveLength(11)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(screen.getByRole('alert').textContent).toBe('Choose a number from 0 to 10 first, or press Skip.')
    await user.click(within(rating).getByRole('radio', { name: '3' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Saved to your history: pain 3 out of 10 after Two-minute break.')).toBeTruthy()
    const history = screen.getByRole('list', { name: 'Recent sessions' })
    const entry = within(history).getByRole('listitem')
    expect(entry.textContent).toContain('Two-minute break')
    expect(entry.textContent).toContain('finished')
    expect(entry.textContent).toContain('Pain after: 3 out of 10')
  })

  it('skipping the question keeps the session in the history, unrated', async () => {
    const user = openRoutines()
    await startBreak(user)
    await advance(3 * 60_000)
    await user.click(await screen.findByRole('button', { name: 'Skip' }))
    const history = await screen.findByRole('list', { name: 'Recent sessions' })
    expect(within(history).getByRole('listitem').textContent).toContain('Not rated')
  })
})
