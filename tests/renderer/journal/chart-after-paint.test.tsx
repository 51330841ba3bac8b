import { act, render } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { UPlotChart, type OptionsFor } from '../../../src/renderer/src/screens/journal/UPlotChart'

// uPlot draws on a canvas jsdom does not have; the fake counts the charts drawn.
const drawn = vi.hoisted(() => ({ count: 0 }))
vi.mock('uplot', () => ({
  default: class {
    width = 0
    constructor() {
      drawn.count++
    }
    setSize() {}
    destroy() {}
  },
}))

const optionsFor: OptionsFor = () => ({ series: [{}, { label: 'spasms' }], axes: [] })

afterEach(() => {
  vi.useRealTimers()
  drawn.count = 0
})

it('draws its chart once the screen it is in has painted, in the height kept for it', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] })
  const { container } = render(
    <UPlotChart data={{ labels: ['Mon', 'Tue'], series: [[1, 2]] }} optionsFor={optionsFor} />,
  )
  const box = container.querySelector<HTMLElement>('.uplot-box')
  expect(box?.style.minHeight).toBe('220px')
  // the screen's own work (effects, uPlot's module already loaded) is done: no chart yet
  await act(async () => {
    await import('uplot')
    await Promise.resolve()
  })
  expect(drawn.count).toBe(0)
  // once the next frame (16 ms on the fake clock) has been painted, the chart is drawn in a task of its own
  await act(async () => {
    await vi.advanceTimersByTimeAsync(20)
  })
  expect(drawn.count).toBe(1)
})
