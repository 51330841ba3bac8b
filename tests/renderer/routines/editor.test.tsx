import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RECORDS_KEY } from '../../../src/renderer/src/host/browser-keys'
import { openRoutines, useFakeTime } from './helpers'

function stepNames(): string[] {
  const steps = screen.getByRole('list', { name: 'Steps' })
  return within(steps)
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('.editor-step-name')?.textContent ?? '')
}

describe('custom routine editor', () => {
  beforeEach(useFakeTime)
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('shows the validator’s reason and saves nothing when the routine is not valid', async () => {
    const user = openRoutines()
    await user.click(await screen.findByRole('button', { name: 'New routine' }))
    expect(screen.getByRole('heading', { level: 2, name: 'New routine' })).toBe(document.activeElement)
    await user.click(screen.getByRole('button', { name: 'Save routine' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Give the routine a name. A routine needs at least one exercise.',
    )
    await user.type(screen.getByRole('textbox', { name: 'Routine name' }), 'Lunch reset')
    await user.click(screen.getByRole('button', { name: 'Save routine' }))
    expect((await screen.findByText('A routine needs at least one exercise.')).getAttribute('role')).toBe('alert')
    await user.click(screen.getByRole('button', { name: 'Add Chin tuck' }))
    const hold = screen.getByRole('spinbutton', { name: 'Repetitions for step 1, Chin tuck' })
    await user.clear(hold)
    await user.type(hold, '99')
    await user.click(screen.getByRole('button', { name: 'Save routine' }))
    expect((await screen.findByText('Step 1: Do at most 30 repetitions.')).getAttribute('role')).toBe('alert')
    expect(hold.getAttribute('aria-invalid')).toBe('true')
    expect(JSON.parse(window.localStorage.getItem(`${RECORDS_KEY}/routines`) ?? '{}').customRoutines ?? []).toEqual([])
  })

  it('builds a routine: add from a filtered list, reorder by keyboard, change a hold, save, then start it', async () => {
    const user = openRoutines()
    await user.click(await screen.findByRole('button', { name: 'New routine' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Exercise position' }), 'On the floor')
    const choices = screen.getByRole('list', { name: 'Exercises' })
    expect(within(choices).queryByRole('button', { name: 'Add Chin tuck' })).toBeNull()
    await user.click(within(choices).getByRole('button', { name: 'Add Cat–cow' }))
    await user.click(within(choices).getByRole('button', { name: 'Add Knee-to-chest stretch' }))
    await user.click(within(choices).getByRole('button', { name: 'Add Pelvic tilt' }))
    expect(stepNames()).toEqual(['Cat–cow', 'Knee-to-chest stretch', 'Pelvic tilt'])

    screen.getByRole('button', { name: 'Move up: step 3, Pelvic tilt' }).focus()
    await user.keyboard('{Enter}')
    expect(stepNames()).toEqual(['Cat–cow', 'Pelvic tilt', 'Knee-to-chest stretch'])
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move up: step 2, Pelvic tilt' }))
    await user.keyboard('{Enter}')
    expect(stepNames()).toEqual(['Pelvic tilt', 'Cat–cow', 'Knee-to-chest stretch'])
    await user.click(screen.getByRole('button', { name: 'Remove step 2, Cat–cow' }))
    expect(stepNames()).toEqual(['Pelvic tilt', 'Knee-to-chest stretch'])

    const hold = screen.getByRole('spinbutton', { name: 'Hold (seconds) for step 2, Knee-to-chest stretch' })
    expect((hold as HTMLInputElement).value).toBe('30')
    await user.clear(hold)
    await user.type(hold, '20')
    await user.type(screen.getByRole('textbox', { name: 'Routine name' }), 'Floor five')
    await user.click(screen.getByRole('button', { name: 'Save routine' }))

    expect(await screen.findByText('Saved “Floor five”.')).toBeTruthy()
    const card = screen.getByRole('article', { name: 'Floor five' })
    expect(within(card).getByText('Your routine')).toBeTruthy()
    const saved = JSON.parse(window.localStorage.getItem(`${RECORDS_KEY}/routines`) ?? '{}').customRoutines[0]
    expect(saved.items).toEqual([
      { exerciseId: 'pelvic-tilt', reps: 10 },
      { exerciseId: 'knee-to-chest', holdSeconds: 20 },
    ])
    await user.click(within(card).getByRole('button', { name: 'Start Floor five' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Floor five' })).toBeTruthy()
    expect(screen.getByText('Step 1 of 2')).toBeTruthy()
  })

  it('duplicates a built-in routine to edit, and a deleted routine can be brought back', async () => {
    const user = openRoutines()
    await user.click(await screen.findByRole('button', { name: 'Duplicate to edit: Hips and glutes' }))
    const name = await screen.findByRole('textbox', { name: 'Routine name' })
    expect((name as HTMLInputElement).value).toBe('Hips and glutes (copy)')
    expect(stepNames()).toEqual(['Knee-to-chest stretch', 'Knee rolls', 'Glute bridge', 'Bottom-to-heels stretch'])
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    const card = await screen.findByRole('article', { name: 'Hips and glutes (copy)' })
    await user.click(within(card).getByRole('button', { name: 'Delete Hips and glutes (copy)' }))
    expect(await screen.findByText('Deleted “Hips and glutes (copy)”.')).toBeTruthy()
    expect(screen.queryByRole('article', { name: 'Hips and glutes (copy)' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByRole('article', { name: 'Hips and glutes (copy)' })).toBeTruthy()
  })
})
