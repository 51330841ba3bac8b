import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '../render-app'
import { countdownText, useFakeTime } from './helpers'
import { inSpanish, useRealTime } from '../support'
import { DATA_KEY } from '../../../src/renderer/src/host/browser-keys'
import { initialReminderState } from '../../../src/shared/reminders'

const strongSpasm = {
  type: 'logSpasm',
  payload: { area: 'lower', side: 'both', intensity: 7, trigger: 'lifting' },
} as const

async function openWithOffer() {
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
  const { host } = renderApp('#/today')
  await screen.findByRole('heading', { level: 2, name: 'Next break in' })
  await act(async () => {
    await host.api.dispatch(strongSpasm)
  })
  return { user, host }
}

describe('flare mode on Today', () => {
  beforeEach(useFakeTime)
  afterEach(useRealTime)

  it('offers flare mode with its sources, and only an offer: the countdown stays at 30 minutes', async () => {
    await openWithOffer()
    const offer = screen.getByRole('region', { name: 'Try flare mode for a few days?' })
    expect(offer.textContent).toContain('You logged a strong spasm.')
    expect(within(offer).getByRole('link', { name: /^NICE:/ })).toBeTruthy()
    expect(countdownText()).toBe('30:00')
  })

  it('accepting shows until when, the heat timer and a one-time red-flag check; ending brings 30 minutes back', async () => {
    const { user } = await openWithOffer()
    await user.click(screen.getByRole('button', { name: 'Turn on flare mode' }))
    const card = await screen.findByRole('region', { name: /^Flare mode is on until Sat 28 Nov/ })
    expect(countdownText()).toBe('20:00')
    await user.click(within(card).getByRole('button', { name: 'Heat pack timer' }))
    expect(window.location.hash).toBe('#/therapy')
    window.location.hash = '#/today'
    await user.click(await screen.findByRole('button', { name: 'No need to check' }))
    expect(screen.queryByRole('button', { name: 'Check for warning signs' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'End flare mode' }))
    expect(screen.queryByRole('region', { name: /^Flare mode is on/ })).toBeNull()
    expect(countdownText()).toBe('30:00')
  })

  it('declining puts the offer away and changes nothing', async () => {
    const { user } = await openWithOffer()
    await user.click(screen.getByRole('button', { name: 'Not now' }))
    expect(screen.queryByRole('region', { name: 'Try flare mode for a few days?' })).toBeNull()
    expect(countdownText()).toBe('30:00')
  })

  it('shows the week with a table of its numbers and the streak', async () => {
    renderApp('#/today')
    const week = await screen.findByRole('region', { name: 'Your week' })
    expect(week.textContent).toContain('Streak: 0 working days with at least 4 breaks')
    const table = within(week).getByRole('table', { name: 'Your week, day by day' })
    expect(within(table).getAllByRole('row')).toHaveLength(8)
    expect(within(table).getByRole('row', { name: '25 Nov 0 0 0' })).toBeTruthy()
  })
})

describe('the routine library during flare mode', () => {
  beforeEach(useFakeTime)
  afterEach(useRealTime)

  it('offers the gentle routines only, and all of them on request', async () => {
    const { user, host } = await openWithOffer()
    await act(async () => {
      await host.api.dispatch({ type: 'acceptFlareMode' })
    })
    window.location.hash = '#/routines'
    const list = await screen.findByRole('list', { name: 'Routines' })
    const names = () =>
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent)
    expect(names()).toEqual(['Two-minute break', 'Upper back and neck', 'Calm breathing at the desk'])
    await user.click(screen.getByRole('button', { name: 'Show all routines' }))
    expect(names()).toHaveLength(9)
  })
})

describe('flare periods on the journal’s chart', () => {
  beforeEach(useFakeTime)
  afterEach(useRealTime)

  it('counts the days flare mode was on in each week, in the chart’s table', async () => {
    const { host } = await openWithOffer()
    await act(async () => {
      await host.api.dispatch({ type: 'acceptFlareMode' })
    })
    window.location.hash = '#/journal'
    const table = await screen.findByRole('table', { name: 'Episodes and mean intensity per week' })
    const header = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent)
    expect(header).toEqual(['Week starting', 'Episodes', 'Mean intensity', 'Days in flare mode'])
    const rows = within(table).getAllByRole('row')
    expect(rows.at(-1)?.textContent).toBe('23 Nov17.01')
    expect(rows.at(-2)?.textContent).toBe('16 Nov0none logged0')
  })
})

describe('flare mode in Spanish', () => {
  inSpanish()
  beforeEach(useFakeTime)

  it('words the offer and the week in Spanish', async () => {
    const { host } = renderApp('#/today')
    const week = await screen.findByRole('region', { name: 'Tu semana' })
    expect(week.textContent).toContain('Racha: 0 días laborables con al menos 4 pausas')
    await act(async () => {
      await host.api.dispatch(strongSpasm)
    })
    const offer = await screen.findByRole('region', { name: '¿Probar el modo brote unos días?' })
    expect(offer.textContent).toContain('nada de esto hace que un espasmo pase antes')
    expect(within(offer).getByRole('button', { name: 'Activar el modo brote' })).toBeTruthy()
  })
})

describe('the streak’s goal in Settings', () => {
  beforeEach(useFakeTime)
  afterEach(useRealTime)

  it('is 4 by default, refuses 0 with a clear message, and a new goal shows on Today', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    renderApp('#/settings')
    const goal = await screen.findByRole('spinbutton', { name: 'Breaks a working day for the streak' })
    expect((goal as HTMLInputElement).value).toBe('4')
    await user.clear(goal)
    await user.type(goal, '0{Enter}')
    expect(await screen.findByText(/The daily break goal must be at least 1 break\./)).toBeTruthy()
    await user.clear(goal)
    await user.type(goal, '6{Enter}')
    window.location.hash = '#/today'
    const week = await screen.findByRole('region', { name: 'Your week' })
    expect(week.textContent).toContain('at least 6 breaks')
  })
})

describe('breaks beside spasms on the journal screen', () => {
  beforeEach(useFakeTime)
  afterEach(useRealTime)

  it('lists eight weeks and, with no break history, explains when the sentence will come', async () => {
    const { host } = renderApp('#/journal')
    const section = await screen.findByRole('region', { name: 'Breaks and spasms, week by week' })
    await act(async () => {
      await host.api.dispatch(strongSpasm)
    })
    const table = within(section).getByRole('table', { name: 'Breaks a day and spasms logged, per week' })
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(9)
    expect(rows.at(-1)?.textContent).toBe('23 Novno data1')
    expect(section.textContent).toContain('After 4 weeks of breaks')
    expect(section.textContent).not.toContain('you logged fewer spasms')
  })
})

describe('the sentence about breaks and spasms', () => {
  beforeEach(useFakeTime)
  afterEach(() => {
    useRealTime()
    window.localStorage.clear()
  })

  it('appears with four finished weeks in which more breaks went with fewer spasms', async () => {
    const DAY = 86_400_000
    const monday = (weeksAgo: number) => Date.parse('2026-11-23T10:00:00Z') - weeksAgo * 7 * DAY
    // four weeks of desk days: 6 breaks a day, then 2, then 6, then 2; spasms only in the weeks with 2
    const history = [4, 3, 2, 1].flatMap((weeksAgo) =>
      Array.from({ length: 5 * (weeksAgo % 2 === 0 ? 6 : 2) }, (_, index) => ({
        kind: 'stretch',
        outcome: 'taken',
        atWall: monday(weeksAgo) + Math.floor(index / (weeksAgo % 2 === 0 ? 6 : 2)) * DAY + index * 60_000,
      })),
    )
    const spasm = (wall: number, id: string) => ({
      kind: 'spasm',
      id,
      wall,
      area: 'lower',
      side: 'both',
      intensity: 3,
      trigger: 'other',
      note: '',
    })
    const journal = {
      entries: [spasm(monday(3) + DAY, 'a-1'), spasm(monday(1) + DAY, 'b-2'), spasm(monday(1) + 2 * DAY, 'c-3')],
      nextSeq: 4,
      lastDeleted: null,
    }
    const reminders = { ...initialReminderState(), history }
    window.localStorage.setItem(DATA_KEY, JSON.stringify({ version: 1, reminders, journal }))
    renderApp('#/journal')
    const section = await screen.findByRole('region', { name: 'Breaks and spasms, week by week' })
    expect(section.textContent).toContain(
      'On weeks you took 5 or more breaks a day, you logged fewer spasms: 0.0 a week on average, against 1.5 in the other weeks.',
    )
  })
})
