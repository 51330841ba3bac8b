import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DATA_KEY } from '../../../src/renderer/src/host/browser-keys'
import { fiveYears } from '../../support/five-years'
import { renderApp } from '../render-app'
import { useFakeTime, useRealTime } from '../support'

vi.mock('uplot', () => ({
  default: class {
    static paths = { bars: () => () => null }
    setSize() {}
    destroy() {}
  },
}))

const { data } = fiveYears(Date.parse('2026-11-25T09:00:00Z'))
const newestFirst = [...data.journal.entries].reverse()

function entries() {
  return within(screen.getByRole('list', { name: 'Journal entries, newest first' })).getAllByRole('listitem')
}

describe('the journal screen with five years of entries', () => {
  beforeEach(() => {
    window.localStorage.setItem(DATA_KEY, JSON.stringify(data))
    useFakeTime()
  })
  afterEach(() => {
    useRealTime()
  })

  it('shows the newest page first and loads older ones with a keyboard-reachable "Show older entries"', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    renderApp('#/journal')
    await waitFor(() => expect(entries()).toHaveLength(20))
    expect(screen.getByRole('heading', { name: `Entries (${newestFirst.length})` })).toBeTruthy()
    const times = () => entries().map((item) => item.querySelector('time')?.getAttribute('datetime'))
    const isoOf = (index: number) => new Date(newestFirst[index]!.wall).toISOString()
    expect(times()).toEqual(newestFirst.slice(0, 20).map((_, index) => isoOf(index)))

    const older = screen.getByRole('button', { name: 'Show older entries' })
    older.focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(entries()).toHaveLength(40))
    expect(times()).toEqual(newestFirst.slice(0, 40).map((_, index) => isoOf(index)))
    expect(document.activeElement).toBe(older)
  })

  it('keeps the older pages it loaded when an entry is deleted, and shows the change', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    renderApp('#/journal')
    await waitFor(() => expect(entries()).toHaveLength(20))
    await user.click(screen.getByRole('button', { name: 'Show older entries' }))
    await waitFor(() => expect(entries()).toHaveLength(40))
    await user.click(within(entries()[0]!).getByRole('button', { name: /^Delete the entry from/ }))
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: `Entries (${newestFirst.length - 1})` })).toBeTruthy(),
    )
    await waitFor(() =>
      expect(entries()[0]?.querySelector('time')?.getAttribute('datetime')).toBe(
        new Date(newestFirst[1]!.wall).toISOString(),
      ),
    )
    expect(entries()).toHaveLength(40)
  })
})
