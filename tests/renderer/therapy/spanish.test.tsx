import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../src/renderer/src/i18n'
import { renderApp } from '../render-app'
import { advance, inSpanish, useFakeTime } from '../support'

describe('therapy in Spanish', () => {
  inSpanish()
  beforeEach(() => useFakeTime())

  it('walks from the preset through the safety list to a running session in Spanish', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    renderApp('#/therapy')
    expect(await screen.findByRole('heading', { name: 'Empezar un episodio' })).toBeTruthy()
    expect(screen.getByRole('group', { name: '¿Qué te pasa?' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Calor y frío: qué ayuda' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Empezar episodio' }))

    const list = await screen.findByRole('group', { name: 'Lee y marca cada punto' })
    await user.click(screen.getByRole('button', { name: 'Los he leído' }))
    expect(screen.getByRole('alert').textContent).toBe(
      'Marca todos los puntos antes de la primera sesión: cada uno protege tu piel.',
    )
    for (const box of within(list).getAllByRole('checkbox')) await user.click(box)
    await user.click(screen.getByRole('button', { name: 'Los he leído' }))

    expect(await screen.findByRole('heading', { name: 'Próxima sesión' })).toBeTruthy()
    expect(screen.getByRole('spinbutton', { name: 'Minutos' })).toBeTruthy()
    expect(screen.getByText(/^Hasta 20 minutos\./)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Empezar sesión de calor' }))

    const pack = i18n.t('Heat pack')
    expect(await screen.findByRole('timer', { name: `${pack}: quedan 20 minutos` })).toBeTruthy()
    expect(screen.getByRole('progressbar', { name: `Progreso de la sesión: ${pack}` })).toBeTruthy()
    expect(screen.getByRole('button', { name: '+1 minuto' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Pausar' }))
    expect(screen.getByRole('button', { name: 'Reanudar' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Terminar sesión' }))
    const rows = within(await screen.findByRole('table')).getAllByRole('row')
    expect(rows[0]?.textContent).toContain('Cómo terminó')
    expect(rows[1]?.textContent).toContain('Terminada antes')
    await advance(1000)
  })
})
