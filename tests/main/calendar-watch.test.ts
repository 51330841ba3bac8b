import { describe, expect, it } from 'vitest'
import { setupCalendarWatch } from '../../src/main/calendar-watch'
import { Companion } from '../../src/shared/app/companion'
import type { HostInput } from '../../src/shared/contract/contract'
import { MemoryRecords, MemoryStore } from '../support/memory-store'
import { ManualClock } from '../support/manual-clock'
import { PATIENTLY } from './patience'
import { vi } from 'vitest'

const START = Date.UTC(2026, 10, 25, 9)
const FEED = 'https://calendar.example/private-5f2c/basic.ics'
const MEETING = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Unknot tests//EN',
  'BEGIN:VEVENT',
  'UID:standup@example',
  'DTSTAMP:20261120T080000Z',
  'DTSTART:20261125T100000Z',
  'DTEND:20261125T110000Z',
  'SUMMARY:Planning',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n')

function watched() {
  const clock = new ManualClock(START)
  const companion = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'UTC',
    stores: { settings: new MemoryStore(), data: new MemoryRecords() },
  })
  const observed: HostInput[] = []
  const recording = {
    getSnapshot: () => companion.getSnapshot(),
    subscribe: companion.subscribe.bind(companion),
    observe: (input: HostInput) => {
      observed.push(input)
      companion.observe(input)
    },
  }
  const fetched: string[] = []
  const watch = setupCalendarWatch({
    companion: recording,
    fetch: async (url) => {
      fetched.push(url)
      return new Response(MEETING, { status: 200 })
    },
    clock,
    timers: clock,
    timeZone: () => 'UTC',
    copies: new MemoryStore(),
  })
  return { companion, observed, fetched, watch }
}

describe('the calendar watch follows the settings and feeds meetings to the core', () => {
  it('starts polling a feed once it is added in Settings, and hands its busy times and status to the core', async () => {
    const { companion, observed, fetched, watch } = watched()
    expect(fetched).toEqual([])
    const added = companion.dispatch({ type: 'updateSettings', payload: { patch: { calendar: { feeds: [FEED] } } } })
    expect(added.ok).toBe(true)

    await vi.waitFor(() => expect(companion.getSnapshot().host.calendarFeeds[0]?.state).toBe('ok'), PATIENTLY)
    expect(fetched).toEqual([FEED])
    const busy = observed.flatMap((input) => (input.type === 'calendar' ? [input.busy] : [])).at(-1)
    expect(busy).toEqual([{ startWall: Date.UTC(2026, 10, 25, 10), endWall: Date.UTC(2026, 10, 25, 11) }])

    watch.refresh()
    await vi.waitFor(() => expect(fetched).toHaveLength(2), PATIENTLY)
    watch.dispose()
  })

  it('stops a removed feed and reports no feeds; an unrelated setting starts nothing again', async () => {
    const { companion, fetched, watch } = watched()
    companion.dispatch({ type: 'updateSettings', payload: { patch: { calendar: { feeds: [FEED] } } } })
    await vi.waitFor(() => expect(companion.getSnapshot().host.calendarFeeds).toHaveLength(1), PATIENTLY)
    companion.dispatch({ type: 'updateSettings', payload: { patch: { sound: { chimes: false } } } })
    companion.dispatch({ type: 'updateSettings', payload: { patch: { calendar: { feeds: [] } } } })
    await vi.waitFor(() => expect(companion.getSnapshot().host.calendarFeeds).toEqual([]), PATIENTLY)
    expect(fetched).toEqual([FEED])
    watch.dispose()
  })
})
