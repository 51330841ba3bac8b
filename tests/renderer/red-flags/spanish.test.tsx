import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { RED_FLAG_QUESTIONS } from '../../../src/shared/content'
import { renderApp } from '../render-app'
import { inSpanish } from '../support'

describe('red-flag checker in Spanish', () => {
  inSpanish()

  it('asks, answers and saves in Spanish', async () => {
    const user = userEvent.setup()
    renderApp('#/red-flags')
    const group = await screen.findByRole('group', { name: 'Marca cada una que sea cierta para ti ahora' })
    expect(within(group).getAllByRole('checkbox')).toHaveLength(RED_FLAG_QUESTIONS.length + 1)
    expect(screen.getByRole('button', { name: 'Borrar respuestas' })).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Ver qué hacer' }))
    expect(screen.getByRole('alert').textContent).toBe(
      'Marca cada señal de alarma que tengas. Si no tienes ninguna, elige «No me pasa ninguna de estas».',
    )
    await user.click(within(group).getByRole('checkbox', { name: 'No me pasa ninguna de estas' }))
    await user.click(screen.getByRole('button', { name: 'Ver qué hacer' }))
    const result = screen.getByRole('region')
    expect(document.activeElement).toBe(result)
    expect(within(result).getByText('Autocuidado')).toBeTruthy()
    expect(within(result).getByText('Fuentes:')).toBeTruthy()

    await user.click(within(result).getByRole('button', { name: 'Guardar en mi diario' }))
    expect(await within(result).findByText('Guardado en tu diario.')).toBeTruthy()
  })

  it('gives the reasons under a Spanish heading and the emergency badge in Spanish', async () => {
    const user = userEvent.setup()
    renderApp('#/red-flags')
    const group = await screen.findByRole('group', { name: 'Marca cada una que sea cierta para ti ahora' })
    await user.click(within(group).getAllByRole('checkbox')[0] as HTMLElement)
    await user.click(screen.getByRole('button', { name: 'Ver qué hacer' }))
    const alert = screen.getByRole('alert')
    expect(within(alert).getByText('Emergencia')).toBeTruthy()
    expect(within(alert).getByRole('heading', { name: 'Busca atención de emergencia ahora' })).toBeTruthy()
    expect(alert.querySelector('.outcome-advice')?.textContent).toMatch(/emergencias/)
    expect(alert.querySelector('.outcome-advice')?.textContent).not.toMatch(/urgen/i)
    expect(within(alert).getByRole('list', { name: 'Por qué: respondiste que sí a' })).toBeTruthy()
  })
})
