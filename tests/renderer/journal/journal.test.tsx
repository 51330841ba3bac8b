import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { toJson } from '../../../src/shared/journal'
import { renderApp } from '../render-app'
import { useFakeTime, useRealTime } from '../support'
import { journalEntries } from '../../support/journal-pages'

interface FakeChart {
  data: Array<Array<number | null>>
  seriesLabels: string[]
  destroyed: boolean
}

// uPlot draws on a canvas jsdom does not have; the fake records what the screen asked it to draw.
const charts = vi.hoisted(() => [] as FakeChart[])
vi.mock('uplot', () => {
  class FakeUPlot {
    static paths = { bars: () => () => null }
    width: number
    private readonly record: FakeChart
    constructor(options: { width: number; series: Array<{ label?: string }> }, data: Array<Array<number | null>>) {
      this.width = options.width
      this.record = { data, seriesLabels: options.series.map((series) => series.label ?? ''), destroyed: false }
      charts.push(this.record)
    }
    setSize() {}
    destroy() {
      this.record.destroyed = true
    }
  }
  return { default: FakeUPlot }
})

function setup(hash = '#/journal') {
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
  const rendered = renderApp(hash)
  return Object.assign(user, rendered)
}

type User = ReturnType<typeof setup>

async function logSpasm(user: User, choices: { area?: string; intensity?: string; trigger?: string } = {}) {
  if (choices.area) await user.click(screen.getByRole('radio', { name: choices.area }))
  if (choices.intensity) await user.click(screen.getByRole('radio', { name: choices.intensity }))
  if (choices.trigger) await user.click(screen.getByRole('radio', { name: choices.trigger }))
  const before = entryCount()
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await waitFor(() => expect(entryCount()).toBe(before + 1))
}

function entryCount(): number {
  const list = screen.queryByRole('list', { name: 'Journal entries, newest first' })
  return list ? within(list).getAllByRole('listitem').length : 0
}

function entriesList() {
  return screen.getByRole('list', { name: 'Journal entries, newest first' })
}

function liveCharts(): FakeChart[] {
  return charts.filter((chart) => !chart.destroyed)
}

describe('journal screen', () => {
  beforeEach(() => {
    charts.length = 0
    useFakeTime()
  })
  afterEach(() => {
    useRealTime()
    vi.restoreAllMocks()
  })

  it('has sensible defaults, so Save alone logs a spasm', async () => {
    const user = setup()
    await screen.findByRole('heading', { name: 'Log a spasm' })
    expect((screen.getByRole('radio', { name: 'Lower back' }) as HTMLInputElement).checked).toBe(true)
    expect((screen.getByRole('radio', { name: 'Middle' }) as HTMLInputElement).checked).toBe(true)
    expect((screen.getByRole('radio', { name: '5' }) as HTMLInputElement).checked).toBe(true)
    expect((screen.getByRole('radio', { name: 'Long sitting' }) as HTMLInputElement).checked).toBe(true)
    expect(screen.getByText('Nothing logged yet.', { exact: false })).toBeTruthy()
    await logSpasm(user)
    expect(within(entriesList()).getByRole('listitem').textContent).toContain(
      'Spasm: Lower back, middle, intensity 5 of 10, long sitting',
    )
  })

  it('logs an episode: listed first, counted in the weekly chart, its table and the triggers', async () => {
    const user = setup()
    await screen.findByRole('heading', { name: 'Log a spasm' })
    await logSpasm(user, { area: 'Neck', intensity: '8', trigger: 'Lifting' })
    const note = screen.getByRole('textbox', { name: 'Note (optional)' })
    await user.type(note, 'Carried boxes')
    expect(screen.getByText('13 of 500 characters')).toBeTruthy()
    await logSpasm(user, { area: 'Upper back', intensity: '4', trigger: 'Lifting' })
    expect(await screen.findByText('Saved: upper back, intensity 4 of 10.')).toBeTruthy()
    expect((note as HTMLTextAreaElement).value).toBe('')

    const items = within(entriesList()).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items[0]?.textContent).toContain('Spasm: Upper back, middle, intensity 4 of 10, lifting')
    expect(items[0]?.textContent).toContain('Carried boxes')
    expect(items[1]?.textContent).toContain('Spasm: Neck, middle, intensity 8 of 10, lifting')

    const table = screen.getByRole('table', { name: 'Episodes and mean intensity per week' })
    const rows = within(table).getAllByRole('row')
    expect(rows.at(-1)?.textContent).toBe('23 Nov26.00')
    expect(rows).toHaveLength(9)
    expect(within(screen.getByRole('list', { name: 'Most common triggers' })).getByRole('listitem').textContent).toBe(
      'Lifting: 2 times',
    )

    await waitFor(() => expect(liveCharts()).toHaveLength(2))
    const weekly = liveCharts().find((chart) => chart.seriesLabels.includes('Episodes'))
    expect(weekly?.data[1]?.at(-1)).toBe(2)
    expect(weekly?.data[2]?.at(-1)).toBe(6)
    expect(weekly?.data[0]).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(
      screen.getByRole('figure', { name: 'Spasm episodes and mean intensity per week, last 8 weeks' }),
    ).toBeTruthy()
    expect(screen.getByRole('figure', { name: 'Breaks taken per day, last 28 days' })).toBeTruthy()
    expect(within(screen.getByRole('table', { name: 'Breaks taken per day' })).getAllByRole('row')).toHaveLength(29)
  })

  it('lists ratings from routines, therapy and the checker beside spasms, in words', async () => {
    const { host } = setup()
    await screen.findByRole('heading', { name: 'Log a spasm' })
    await host.api.dispatch({ type: 'logRating', payload: { source: 'routine', rating: 3, ref: 'desk' } })
    vi.setSystemTime(new Date('2026-11-25T09:05:00Z'))
    await host.api.dispatch({ type: 'logRating', payload: { source: 'therapy', rating: 2 } })
    vi.setSystemTime(new Date('2026-11-25T09:10:00Z'))
    await host.api.dispatch({ type: 'logRating', payload: { source: 'red-flags', outcome: 'appointment' } })
    await waitFor(() => expect(entryCount()).toBe(3))
    expect(
      within(entriesList())
        .getAllByRole('listitem')
        .map((item) => item.querySelector('p')?.textContent),
    ).toEqual([
      'Red-flag check: book an appointment',
      'Pain after a heat or cold session: 2 of 10',
      'Pain after a routine (At your desk): 3 of 10',
    ])
    expect(screen.getByText('None yet: they appear once you log a spasm.')).toBeTruthy()
  })

  it('shows the numbers table on request', async () => {
    const user = setup()
    await screen.findByRole('heading', { name: 'Insights' })
    const toggle = await screen.findByRole('button', { name: /Show the numbers for spasm episodes/ })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    await user.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(toggle.textContent).toContain('Hide the numbers')
  })

  it('deletes an entry with an Undo that puts it back', async () => {
    const user = setup()
    await screen.findByRole('heading', { name: 'Log a spasm' })
    await logSpasm(user, { intensity: '3' })
    await logSpasm(user, { intensity: '6' })
    const newest = within(entriesList()).getAllByRole('listitem')[0]
    if (!newest) throw new Error('no entry')
    await user.click(within(newest).getByRole('button', { name: /^Delete the entry from/ }))
    await waitFor(() => expect(within(entriesList()).getAllByRole('listitem')).toHaveLength(1))

    expect(within(entriesList()).getAllByRole('listitem')).toHaveLength(1)
    expect(entriesList().textContent).not.toContain('intensity 6 of 10')
    const undo = await screen.findByRole('button', { name: 'Undo' })
    expect(document.activeElement).toBe(undo)
    expect(screen.getByText(/^Deleted the entry from/)).toBeTruthy()

    await user.click(undo)
    await waitFor(() => expect(within(entriesList()).getAllByRole('listitem')).toHaveLength(2))
    const items = within(entriesList()).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items[0]?.textContent).toContain('intensity 6 of 10')
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull()
  })

  it('shows the nudge with a link to the checker after 3 episodes in 14 days', async () => {
    const user = setup()
    await screen.findByRole('heading', { name: 'Log a spasm' })
    await logSpasm(user)
    // Days later: the wall clock jumps, as after a night's sleep, without running five days of timers.
    vi.setSystemTime(new Date('2026-11-30T09:00:00Z'))
    await logSpasm(user)
    expect(screen.queryByRole('complementary', { name: 'Worth getting checked?' })).toBeNull()
    vi.setSystemTime(new Date('2026-12-05T09:00:00Z'))
    await logSpasm(user)
    const nudge = await screen.findByRole('complementary', { name: 'Worth getting checked?' })
    expect(nudge.textContent).toContain('3 or more spasms in the last 14 days')
    expect(nudge.textContent).toContain('not a medical guideline')
    expect(within(nudge).getByRole('link', { name: 'Open the red-flag checker' }).getAttribute('href')).toBe(
      '#/red-flags',
    )
  })

  it('refuses a bad journal file with the core’s message and changes nothing', async () => {
    const user = setup()
    await screen.findByRole('heading', { name: 'Log a spasm' })
    await logSpasm(user)
    const input = screen.getByLabelText('Import a journal file')
    await user.upload(input, new File(['{"format":"something-else"}'], 'bad.json', { type: 'application/json' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This is not an Unknot journal file. Nothing was imported.',
    )
    expect(within(entriesList()).getAllByRole('listitem')).toHaveLength(1)

    await user.upload(input, new File(['not json at all'], 'bad.json', { type: 'application/json' }))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('not valid JSON'))
  })

  it('imports a journal file, skipping entries already there, and says how many', async () => {
    const user = setup()
    await screen.findByRole('heading', { name: 'Log a spasm' })
    await logSpasm(user)
    const [existing] = await journalEntries(user.host.api)
    if (!existing) throw new Error('no entry')
    const fresh = { ...existing, id: 'imported-1', wall: existing.wall - 86_400_000, intensity: 9 }
    const text = toJson({ entries: [fresh, existing], nextSeq: 1, lastDeleted: null })
    await user.upload(screen.getByLabelText('Import a journal file'), new File([text], 'journal.json'))
    await waitFor(() =>
      expect(screen.getByText('Imported 1 entry. Skipped 1 entry already in your journal.')).toBeTruthy(),
    )
    expect(within(entriesList()).getAllByRole('listitem')).toHaveLength(2)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('exports CSV and JSON files built from the journal', async () => {
    const blobs: Blob[] = []
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob)
      return `blob:unknot/${blobs.length}`
    })
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }))
    const clicks: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this)
    })
    const user = setup()
    await screen.findByRole('heading', { name: 'Log a spasm' })
    expect((screen.getByRole('button', { name: 'Export CSV' }) as HTMLButtonElement).disabled).toBe(true)
    await logSpasm(user, { intensity: '7', trigger: 'Stress' })

    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    expect(clicks[0]?.download).toBe('unknot-journal-2026-11-25.csv')
    const csv = await blobs[0]?.text()
    const [header, row] = csv?.split('\r\n') ?? []
    expect(header).toBe(
      'id,kind,time_utc,area,side,intensity,trigger,source,rating,outcome,ref,note,break_kind,break_outcome',
    )
    expect(row).toMatch(/^[^,]+,spasm,2026-11-25T09:00:\d\d\.\d{3}Z,lower,centre,7,stress,,,,,,,$/)

    await user.click(screen.getByRole('button', { name: 'Export JSON' }))
    expect(clicks[1]?.download).toBe('unknot-journal-2026-11-25.json')
    const json = JSON.parse((await blobs[1]?.text()) ?? '{}') as { format: string; entries: unknown[] }
    expect(json.format).toBe('unknot-journal')
    expect(json.entries).toHaveLength(1)
  })
})
