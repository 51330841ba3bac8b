import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openRoutines, useFakeTime } from './helpers'

function cardNames(): string[] {
  const list = screen.getByRole('list', { name: 'Routines' })
  return within(list)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent ?? '')
}

describe('routine library', () => {
  beforeEach(useFakeTime)
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('shows every built-in routine with its length, areas and position', async () => {
    openRoutines()
    await screen.findByRole('heading', { level: 2, name: 'Library' })
    expect(cardNames()).toHaveLength(9)
    expect(screen.getByText('9 routines').getAttribute('role')).toBe('status')
    const card = screen.getByRole('article', { name: 'Lower-back relief' })
    expect(within(card).getByText('7 min, 6 exercises')).toBeTruthy()
    expect(within(card).getByText('On the floor')).toBeTruthy()
    expect(within(card).getByText(/^Lower back, hips/)).toBeTruthy()
    expect(within(card).getByRole('button', { name: 'Duplicate to edit: Lower-back relief' })).toBeTruthy()
    expect(within(card).queryByRole('button', { name: /Delete/ })).toBeNull()
  })

  it('filters by position, area and length with the core’s rules', async () => {
    const user = openRoutines()
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Position' }), 'Seated')
    expect(cardNames()).toEqual(['At your desk', 'Calm breathing at the desk'])
    await user.selectOptions(screen.getByRole('combobox', { name: 'Body area' }), 'Breathing')
    expect(cardNames()).toEqual(['Calm breathing at the desk'])
    await user.selectOptions(screen.getByRole('combobox', { name: 'Position' }), 'Any position')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Body area' }), 'Any area')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Length' }), 'Up to 3 minutes')
    expect(cardNames()).toEqual(['Two-minute break'])
    expect(screen.getByText('1 routine')).toBeTruthy()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Position' }), 'On the floor')
    expect(screen.queryByRole('list', { name: 'Routines' })).toBeNull()
    expect(screen.getByText(/No routine matches/)).toBeTruthy()
  })

  it('starts with no history and says so', async () => {
    openRoutines()
    expect(await screen.findByText(/No sessions yet/)).toBeTruthy()
  })
})
