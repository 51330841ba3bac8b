import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  POLL_EVERY_MS,
  setupCalendarFeeds,
  type CalendarFeeds,
  type CalendarFeedsOptions,
} from '../../../src/main/calendar/feeds'
import type { FetchLike } from '../../../src/main/calendar/fetch-feed'
import type { BusyInterval } from '../../../src/shared/calendar/intervals'
import type { CalendarFeedStatus } from '../../../src/shared/calendar/status'
import { MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'
import { MINUTE_MS } from '../../../src/shared/kernel/time'
import { fixture, startFeedServer, type FeedServer } from './feed-server'

const SECRET = 'private-8c41d0e27a'
const START = Date.parse('2026-11-25T08:00:00Z')
const span = (from: string, to: string): BusyInterval => ({ startWall: Date.parse(from), endWall: Date.parse(to) })
const ONE_CALL = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Unknot tests//One call//EN',
  'BEGIN:VEVENT',
  'UID:moved@example.com',
  'DTSTAMP:20260101T000000Z',
  'DTSTART:20261125T150000Z',
  'DTEND:20261125T160000Z',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n')

describe('polling calendar feeds', () => {
  let server: FeedServer
  let clock: ManualClock
  let store: MemoryStore
  let fetchCalls: number
  let busy: BusyInterval[][]
  let statuses: CalendarFeedStatus[][]
  let logs: string[]
  let feeds: CalendarFeeds | undefined
  let published: Array<() => void>

  const countingFetch: FetchLike = (url, init) => {
    fetchCalls++
    return fetch(url, init)
  }
  /** resolves at the next status the poller publishes */
  const nextPublish = () => new Promise<void>((resolve) => published.push(resolve))

  function start(paths: string[], extra: Partial<CalendarFeedsOptions> = {}): CalendarFeeds {
    feeds = setupCalendarFeeds({
      feeds: paths.map((path) => (path.startsWith('http') ? path : server.url(path))),
      myAddresses: ['ana@example.com'],
      timeZone: () => 'Europe/Madrid',
      fetch: countingFetch,
      clock,
      timers: clock,
      copies: store,
      onBusy: (value) => busy.push(value),
      onStatus: (value) => {
        statuses.push(value)
        for (const resolve of published.splice(0)) resolve()
      },
      log: (line) => logs.push(line),
      ...extra,
    })
    return feeds
  }
  const lastBusy = () => busy[busy.length - 1]
  const lastStatuses = () => statuses[statuses.length - 1]

  beforeEach(async () => {
    server = await startFeedServer()
    clock = new ManualClock(START)
    store = new MemoryStore()
    fetchCalls = 0
    busy = []
    statuses = []
    logs = []
    published = []
    feeds = undefined
  })
  afterEach(async () => {
    feeds?.dispose()
    await server.close()
  })

  it('reads each feed at once and sends the merged meetings of the next 36 hours', async () => {
    server.serve(`/${SECRET}/kinds.ics`, fixture('kinds.ics'))
    server.serve(`/${SECRET}/team.ics`, ONE_CALL)
    const poller = start([`/${SECRET}/kinds.ics`, `/${SECRET}/team.ics`])
    expect(lastStatuses()?.map((status) => status.state)).toEqual(['waiting', 'waiting'])
    await poller.refresh()
    expect(lastStatuses()).toEqual([
      { url: server.url(`/${SECRET}/kinds.ics`), state: 'ok', fetchedAtWall: START },
      { url: server.url(`/${SECRET}/team.ics`), state: 'ok', fetchedAtWall: START },
    ])
    expect(lastBusy()).toEqual([
      span('2026-11-25T09:00:00Z', '2026-11-25T09:30:00Z'),
      span('2026-11-25T13:30:00Z', '2026-11-25T14:30:00Z'),
      span('2026-11-25T15:00:00Z', '2026-11-25T16:00:00Z'),
      span('2026-11-25T18:00:00Z', '2026-11-25T18:30:00Z'),
      span('2026-11-25T20:00:00Z', '2026-11-25T21:00:00Z'),
      span('2026-11-26T00:00:00Z', '2026-11-26T01:00:00Z'),
    ])
    expect(fetchCalls).toBe(2)
  })

  it('polls again every 15 minutes and picks up a feed that changed', async () => {
    server.serve('/team.ics', ONE_CALL)
    await start(['/team.ics']).refresh()
    server.serve('/team.ics', ONE_CALL.replace('20261125T150000Z', '20261125T170000Z').replace('T160000Z', 'T180000Z'))
    clock.advance(POLL_EVERY_MS - 1)
    expect(fetchCalls).toBe(1)
    const polled = nextPublish()
    clock.advance(1)
    expect(fetchCalls).toBe(2)
    await polled
    expect(lastBusy()).toEqual([span('2026-11-25T17:00:00Z', '2026-11-25T18:00:00Z')])
    expect(lastStatuses()).toEqual([
      { url: server.url('/team.ics'), state: 'ok', fetchedAtWall: START + POLL_EVERY_MS },
    ])
  })

  it('keeps the last good copy while the feed fails, and says since when', async () => {
    server.serve(`/${SECRET}.ics`, ONE_CALL)
    const poller = start([`/${SECRET}.ics`])
    await poller.refresh()
    server.status(`/${SECRET}.ics`, 500)
    clock.advance(10 * MINUTE_MS)
    await poller.refresh()
    expect(lastStatuses()).toEqual([
      {
        url: server.url(`/${SECRET}.ics`),
        state: 'failed',
        error: { text: 'The calendar server answered with an error ({{status}}).', values: { status: 500 } },
        lastGoodAtWall: START,
      },
    ])
    expect(lastBusy()).toEqual([span('2026-11-25T15:00:00Z', '2026-11-25T16:00:00Z')])
  })

  it('uses the copy kept on disk when it starts offline, and a damaged feed changes nothing', async () => {
    server.serve(`/${SECRET}.ics`, ONE_CALL)
    await start([`/${SECRET}.ics`]).refresh()
    feeds?.dispose()
    server.serve(`/${SECRET}.ics`, fixture('garbage.ics'))
    clock.advance(60 * MINUTE_MS)
    const later = start([`/${SECRET}.ics`])
    expect(lastStatuses()).toEqual([{ url: server.url(`/${SECRET}.ics`), state: 'waiting', lastGoodAtWall: START }])
    expect(lastBusy()).toEqual([span('2026-11-25T15:00:00Z', '2026-11-25T16:00:00Z')])
    await later.refresh()
    expect(lastStatuses()).toEqual([
      {
        url: server.url(`/${SECRET}.ics`),
        state: 'failed',
        error: { text: 'The calendar file is damaged: Unknot could not read it.' },
        lastGoodAtWall: START,
      },
    ])
    expect(lastBusy()).toEqual([span('2026-11-25T15:00:00Z', '2026-11-25T16:00:00Z')])
  })

  it('reads a feed offline until the copy has no meetings left in the window', async () => {
    server.serve('/team.ics', ONE_CALL)
    const poller = start(['/team.ics'])
    await poller.refresh()
    await server.close()
    clock.advance(9 * 60 * MINUTE_MS) // 17:00, the call is over
    await poller.refresh()
    // (the polls on the way timed out on the fake clock before the refused connection was noticed)
    expect(lastStatuses()?.[0]).toMatchObject({ state: 'failed', lastGoodAtWall: START })
    expect(lastBusy()).toEqual([])
    server = await startFeedServer()
  })

  it('polls at once on refresh (resume), and not twice while a poll is running', async () => {
    server.serve('/team.ics', ONE_CALL)
    const poller = start(['/team.ics'])
    const first = poller.refresh()
    const second = poller.refresh()
    expect(second).toBe(first)
    await first
    expect(fetchCalls).toBe(1)
    clock.advance(5 * MINUTE_MS)
    await poller.refresh()
    expect(fetchCalls).toBe(2)
    // the 15-minute wait starts again from the refresh
    clock.advance(POLL_EVERY_MS - 1)
    expect(fetchCalls).toBe(2)
  })

  it('never names a feed by its address in the log or in an error', async () => {
    server.status(`/${SECRET}/404.ics`, 404)
    server.hang(`/${SECRET}/slow.ics`)
    const poller = start([`/${SECRET}/404.ics`, `/${SECRET}/slow.ics`, `http://calendar.example.com/${SECRET}.ics`])
    const polled = poller.refresh()
    await new Promise((resolve) => setImmediate(resolve))
    clock.advance(30_000)
    await polled
    expect(lastStatuses()?.map((status) => status.state)).toEqual(['failed', 'failed', 'failed'])
    const errors = lastStatuses()?.map((status) => (status.state === 'failed' ? status.error : undefined))
    expect(JSON.stringify(errors)).not.toContain(SECRET)
    expect(logs).toHaveLength(3)
    expect(logs.join('\n')).not.toContain(SECRET)
    expect(logs.join('\n')).not.toContain('127.0.0.1')
  })

  it('stops polling once disposed', async () => {
    server.serve('/team.ics', ONE_CALL)
    const poller = start(['/team.ics'])
    await poller.refresh()
    poller.dispose()
    clock.advance(2 * POLL_EVERY_MS)
    await poller.refresh()
    expect(fetchCalls).toBe(1)
  })

  it('with no feeds, says there are no meetings and fetches nothing', () => {
    start([])
    expect(lastStatuses()).toEqual([])
    expect(lastBusy()).toEqual([])
    expect(fetchCalls).toBe(0)
    expect(clock.pendingCount).toBe(0)
  })
})
