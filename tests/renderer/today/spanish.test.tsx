import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { advance, MINUTE, openScreen, useFakeTime, work } from './helpers'
import { inSpanish } from '../support'

inSpanish()
beforeEach(() => useFakeTime())

describe('Today in Spanish', () => {
  it('words the countdown, the prompt and a running break in Spanish', async () => {
    const user = openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Próxima pausa en' })
    expect(screen.getByRole('timer').getAttribute('aria-label')).toBe('30 minutos de tiempo sentado')
    await work(30 * MINUTE + 10_000)
    const prompt = await screen.findByRole('alertdialog', { name: 'Hora de una pausa para estirar' })
    expect(prompt.textContent).toContain('Duración de la pausa: 3 minutos')
    await user.click(screen.getByRole('button', { name: 'Posponer 5 min' }))
    expect(screen.getByRole('status').textContent).toBe('Pospuesto 5 min más.')

    await user.click(screen.getByRole('button', { name: 'Estirar ahora' }))
    window.location.hash = '#/today'
    const heading = await screen.findByRole('heading', { level: 2, name: /^En pausa para estirar/ })
    expect(heading.textContent).toBe('En pausa para estirar: quedan 3:00')
    await advance(30_000)
    expect(screen.getByRole('timer').getAttribute('aria-label')).toMatch(/^quedan 2 minutos (29|30|31) segundos$/)
    expect(screen.getByRole('button', { name: 'Terminar pausa' })).toBeTruthy()
  })

  it('says in Spanish why a break that waited for a meeting comes now', async () => {
    const user = openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Próxima pausa en' })
    await work(10 * MINUTE)
    await user.click(
      within(screen.getByRole('group', { name: 'Estoy en una reunión' })).getByRole('button', { name: '30 min' }),
    )
    await work(30 * MINUTE + 10_000)
    const prompt = await screen.findByRole('alertdialog', { name: 'Hora de una pausa para estirar' })
    expect(within(prompt).getByText('Tu reunión terminó: hora de ponerte de pie')).toBeTruthy()
  })
})
