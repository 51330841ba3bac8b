import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '../render-app'
import { inSpanish, useFakeTime } from '../support'

interface FakeChart {
  seriesLabels: string[]
  axisLabels: string[]
  destroyed: boolean
}

// uPlot draws on a canvas jsdom does not have; the fake records the names the screen gave the chart.
const charts = vi.hoisted(() => [] as FakeChart[])
vi.mock('uplot', () => {
  class FakeUPlot {
    static paths = { bars: () => () => null }
    width: number
    private readonly record: FakeChart
    constructor(options: { width: number; series: Array<{ label?: string }>; axes: Array<{ label?: string }> }) {
      this.width = options.width
      this.record = {
        seriesLabels: options.series.map((series) => series.label ?? ''),
        axisLabels: options.axes.map((axis) => axis.label ?? ''),
        destroyed: false,
      }
      charts.push(this.record)
    }
    setSize() {}
    destroy() {
      this.record.destroyed = true
    }
  }
  return { default: FakeUPlot }
})

describe('journal in Spanish', () => {
  inSpanish()
  beforeEach(() => {
    charts.length = 0
    useFakeTime()
  })

  it('logs a spasm, lists it, charts it and undoes a delete, all in Spanish', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    renderApp('#/journal')
    await screen.findByRole('heading', { name: 'Registrar un espasmo' })
    expect((screen.getByRole('radio', { name: 'Zona lumbar' }) as HTMLInputElement).checked).toBe(true)
    expect(screen.getByRole('group', { name: 'Qué estabas haciendo' })).toBeTruthy()
    await user.click(screen.getByRole('radio', { name: 'Cuello' }))
    await user.click(screen.getByRole('radio', { name: '7' }))
    await user.type(screen.getByRole('textbox', { name: 'Nota (opcional)' }), 'Caja')
    expect(screen.getByText('4 de 500 caracteres')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Guardar' }))
    expect(await screen.findByText('Guardado: cuello, intensidad 7 de 10.')).toBeTruthy()

    const list = screen.getByRole('list', { name: 'Entradas del diario, de la más reciente a la más antigua' })
    const item = within(list).getByRole('listitem')
    expect(item.textContent).toContain('Espasmo: Cuello, centro, intensidad 7 de 10, mucho tiempo sentado')
    // The date is written in Spanish: "mié, 25 nov, 09:00".
    expect(item.querySelector('time')?.textContent).toMatch(/mié.*25.*nov/)

    expect(screen.getByRole('table', { name: 'Episodios e intensidad media por semana' })).toBeTruthy()
    expect(
      within(screen.getByRole('list', { name: 'Desencadenantes más frecuentes' })).getByRole('listitem').textContent,
    ).toBe('Mucho tiempo sentado: 1 vez')
    // The mean is written with a decimal comma.
    const weeks = screen.getByRole('table', { name: 'Episodios e intensidad media por semana' })
    expect(within(weeks).getAllByRole('row').at(-1)?.textContent).toContain('7,0')
    await waitFor(() => expect(charts.filter((chart) => !chart.destroyed)).toHaveLength(2))
    expect(charts.some((chart) => chart.axisLabels.includes('Intensidad media (0–10)'))).toBe(true)
    expect(charts.some((chart) => chart.seriesLabels.includes('Pausas tomadas'))).toBe(true)
    await user.click(
      screen.getByRole('button', { name: /^Mostrar las cifras de episodios de espasmo e intensidad media por semana/ }),
    )
    const hide = screen.getByRole('button', { name: /^Ocultar las cifras de episodios de espasmo/ })
    expect(hide.textContent).toBe('Ocultar las cifras')

    await user.click(within(item).getByRole('button', { name: /^Eliminar la entrada del / }))
    expect(await screen.findByText(/^Se eliminó la entrada del /)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Deshacer' }))
    await waitFor(() => expect(screen.getByRole('list', { name: /^Entradas del diario/ })).toBeTruthy())
    expect(screen.getByRole('heading', { name: 'Exportar e importar' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Exportar CSV' })).toBeTruthy()
    expect(screen.getByLabelText('Importar un archivo del diario')).toBeTruthy()
  })
})
