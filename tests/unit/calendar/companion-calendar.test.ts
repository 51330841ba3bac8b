import { describe, expect, it } from 'vitest'
import type { CalendarFeedStatus } from '../../../src/shared/calendar/status'
import { Companion } from '../../../src/shared/app/companion'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'

describe('calendar feed statuses in the snapshot', () => {
  it('show what the host last said about each feed, publish it, and are never stored', () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 25, 9))
    const data = new MemoryRecords()
    const companion = new Companion({
      clock,
      timers: clock,
      timeZone: () => 'UTC',
      stores: { settings: new MemoryStore(), data },
    })
    let published = 0
    companion.subscribe(() => published++)
    expect(companion.getSnapshot().host.calendarFeeds).toEqual([])
    const feeds: CalendarFeedStatus[] = [
      { url: 'https://calendar.example.com/a.ics', state: 'ok', fetchedAtWall: clock.now() },
      {
        url: 'https://calendar.example.com/b.ics',
        state: 'failed',
        error: { text: 'Unknot could not reach the calendar server.' },
      },
    ]
    companion.observe({ type: 'calendar-feeds', feeds })
    expect(companion.getSnapshot().host.calendarFeeds).toEqual(feeds)
    expect(published).toBe(1)
    expect(JSON.stringify(data.writes.map((write) => [...write]))).not.toContain('calendar.example.com')
  })
})
