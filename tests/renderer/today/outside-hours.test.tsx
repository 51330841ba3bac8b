import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MINUTE, countdownText, openScreen, work } from './helpers'
import { inSpanish, useFakeTimeAt, useRealTime } from '../support'

afterEach(() => useRealTime())

describe('Today outside working hours', () => {
  it('says when reminders start again, and "Remind me now anyway" makes them run tonight', async () => {
    useFakeTimeAt(new Date('2026-11-28T20:00:00')) // a Saturday evening
    const user = openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    expect(screen.getByRole('status').textContent).toBe('Outside working hours. Reminders start Monday at 09:00.')
    await user.click(screen.getByRole('button', { name: 'Remind me now anyway' }))
    await screen.findByText('Sitting: your time at the desk counts toward your next break.')
    expect(screen.queryByRole('button', { name: 'Remind me now anyway' })).toBeNull()
    await work(5 * MINUTE)
    expect(countdownText()).toBe('25:00')
  })

  it('says "today" before the day starts', async () => {
    useFakeTimeAt(new Date('2026-11-25T07:15:00')) // a Wednesday morning
    openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    expect(screen.getByRole('status').textContent).toBe('Outside working hours. Reminders start today at 09:00.')
  })
})

describe('Today outside working hours, in Spanish', () => {
  inSpanish()

  it('names the day in Spanish', async () => {
    useFakeTimeAt(new Date('2026-11-28T20:00:00'))
    openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Próxima pausa en' })
    expect(screen.getByRole('status').textContent).toBe(
      'Fuera del horario laboral. Los recordatorios empiezan el lunes a las 09:00.',
    )
    expect(screen.getByRole('button', { name: 'Recordármelo igualmente ahora' })).toBeTruthy()
  })
})
