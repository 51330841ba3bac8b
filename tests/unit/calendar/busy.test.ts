import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { busyIntervals, type BusyOptions } from '../../../src/shared/calendar/busy'
import type { BusyInterval } from '../../../src/shared/calendar/intervals'

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/calendar', name), 'utf8')
const at = (iso: string) => Date.parse(iso)
const span = (from: string, to: string): BusyInterval => ({ startWall: at(from), endWall: at(to) })
const window = (from: string, to: string) => ({ fromWall: at(from), toWall: at(to) })
const inMadrid: BusyOptions = { timeZone: 'Europe/Madrid' }

function busy(ics: string, from: string, to: string, options: BusyOptions = inMadrid): BusyInterval[] {
  const result = busyIntervals(ics, window(from, to), options)
  if (!result.ok) throw new Error(result.error)
  return result.state
}

describe('a weekly series in Europe/Madrid across the spring DST change', () => {
  const ics = fixture('madrid-weekly.ics')

  it('follows the rule, skips the EXDATE, moves and cancels single occurrences, and keeps 10:00 local after DST', () => {
    expect(busy(ics, '2026-03-01T00:00:00Z', '2026-04-30T00:00:00Z')).toEqual([
      span('2026-03-02T09:00:00Z', '2026-03-02T09:30:00Z'), // 10:00 CET
      span('2026-03-09T09:00:00Z', '2026-03-09T09:30:00Z'),
      // 16 March is an EXDATE; 23 March moved to Tuesday 24 at 15:00
      span('2026-03-24T14:00:00Z', '2026-03-24T14:30:00Z'),
      // the 4 May occurrence moved back into this week
      span('2026-03-25T11:00:00Z', '2026-03-25T12:00:00Z'),
      // 10:00 CEST, joined with the planning that overlaps it (10:20–11:00)
      span('2026-03-30T08:00:00Z', '2026-03-30T09:00:00Z'),
      // 6 April is cancelled
      span('2026-04-13T08:00:00Z', '2026-04-13T08:30:00Z'),
      span('2026-04-20T08:00:00Z', '2026-04-20T08:30:00Z'),
      span('2026-04-27T08:00:00Z', '2026-04-27T08:30:00Z'),
    ])
  })

  it('adds the extra dates of an RDATE to the series', () => {
    const extra = ics.replace(
      'EXDATE;TZID=Europe/Madrid:20260316T100000',
      'EXDATE;TZID=Europe/Madrid:20260316T100000\nRDATE;TZID=Europe/Madrid:20260311T170000',
    )
    expect(busy(extra, '2026-03-11T00:00:00Z', '2026-03-12T00:00:00Z')).toEqual([
      span('2026-03-11T16:00:00Z', '2026-03-11T16:30:00Z'),
    ])
  })

  it('leaves out an occurrence that was moved away from the window', () => {
    expect(busy(ics, '2026-05-01T00:00:00Z', '2026-05-12T00:00:00Z')).toEqual([
      span('2026-05-11T08:00:00Z', '2026-05-11T08:30:00Z'),
    ])
  })

  it('gives only the part of a meeting inside the window', () => {
    expect(busy(ics, '2026-03-09T09:10:00Z', '2026-03-09T09:20:00Z')).toEqual([
      span('2026-03-09T09:10:00Z', '2026-03-09T09:20:00Z'),
    ])
    expect(busy(ics, '2026-03-10T00:00:00Z', '2026-03-11T00:00:00Z')).toEqual([])
  })
})

describe('a daily stand-up in America/New_York since 2019', () => {
  const ics = fixture('new-york-daily.ics')

  it('keeps 09:00 local on both sides of the March DST change', () => {
    expect(busy(ics, '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual([
      span('2026-03-07T14:00:00Z', '2026-03-07T14:15:00Z'), // 09:00 EST
      span('2026-03-08T13:00:00Z', '2026-03-08T13:15:00Z'), // 09:00 EDT, the day of the change
      span('2026-03-09T13:00:00Z', '2026-03-09T13:15:00Z'),
    ])
  })

  it('counts a COUNT-limited series from its start: the tenth fortnightly review is the last', () => {
    const reviews = (from: string, to: string) =>
      busy(ics, from, to).filter((interval) => new Date(interval.startWall).getUTCHours() === 18)
    expect(reviews('2026-06-08T00:00:00Z', '2026-06-09T00:00:00Z')).toEqual([
      span('2026-06-08T18:00:00Z', '2026-06-08T19:00:00Z'),
    ])
    expect(reviews('2026-06-22T00:00:00Z', '2026-06-23T00:00:00Z')).toEqual([])
  })

  it('reads a daily series that began decades ago without walking every day since', () => {
    const old = ics.replace(/20190107T09/g, '19500102T09')
    expect(busy(old, '2026-03-09T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual([
      span('2026-03-09T13:00:00Z', '2026-03-09T13:15:00Z'),
    ])
  })
})

describe('which events are meetings', () => {
  const ics = fixture('kinds.ics')
  const day = ['2026-11-25T00:00:00Z', '2026-11-27T00:00:00Z'] as const

  it('keeps busy, tentative and other-guest-declined events; drops free, cancelled, declined, OOF, all-day and multi-day ones', () => {
    expect(busy(ics, ...day, { timeZone: 'Europe/Madrid', myAddresses: ['ana@example.com'] })).toEqual([
      span('2026-11-25T09:00:00Z', '2026-11-25T09:30:00Z'),
      span('2026-11-25T13:30:00Z', '2026-11-25T14:30:00Z'),
      span('2026-11-25T18:00:00Z', '2026-11-25T18:30:00Z'), // floating 19:00, read in Madrid
      span('2026-11-25T20:00:00Z', '2026-11-25T21:00:00Z'), // two overlapping calls, merged
      span('2026-11-26T00:00:00Z', '2026-11-26T01:00:00Z'), // 09:00 in Asia/Tokyo, named but not defined
    ])
  })

  it('counts a declined event as a meeting when it cannot tell the declining guest is the person', () => {
    expect(busy(ics, ...day)).toContainEqual(span('2026-11-25T12:00:00Z', '2026-11-25T13:00:00Z'))
  })

  it('takes the person’s address from a calendar named after it, as Google names a main calendar', () => {
    const named = ics.replace('VERSION:2.0', 'VERSION:2.0\nX-WR-CALNAME:ana@example.com')
    expect(busy(named, ...day)).not.toContainEqual(span('2026-11-25T12:00:00Z', '2026-11-25T13:00:00Z'))
  })

  it('reads floating times in the person’s zone, or in the zone the feed declares', () => {
    const floating = span('2026-11-26T00:00:00Z', '2026-11-26T00:30:00Z') // 19:00 in New York
    expect(busy(ics, ...day, { timeZone: 'America/New_York' })).toContainEqual(
      span('2026-11-26T00:00:00Z', '2026-11-26T01:00:00Z'),
    )
    const declared = ics.replace('VERSION:2.0', 'VERSION:2.0\nX-WR-TIMEZONE:America/New_York')
    const fromFeedZone = busy(declared, '2026-11-25T23:00:00Z', '2026-11-26T00:10:00Z')
    expect(fromFeedZone).toEqual([span('2026-11-26T00:00:00Z', '2026-11-26T00:10:00Z')])
    expect(busy(ics, '2026-11-25T23:00:00Z', '2026-11-26T00:10:00Z')).toEqual([
      span('2026-11-26T00:00:00Z', '2026-11-26T00:10:00Z'), // only Tokyo's call: Madrid's 19:00 is over
    ])
    expect(floating.startWall).toBe(at('2026-11-26T00:00:00Z'))
  })
})

describe('a feed that cannot be read', () => {
  const anyWindow = ['2026-11-25T00:00:00Z', '2026-11-27T00:00:00Z'] as const
  const read = (ics: string) => busyIntervals(ics, window(...anyWindow), inMadrid)

  it('says the file is damaged and gives no intervals, not even the good events', () => {
    expect(read(fixture('garbage.ics'))).toEqual({
      ok: false,
      error: 'The calendar file is damaged: Unknot could not read it.',
    })
    expect(read(fixture('damaged-date.ics'))).toEqual({
      ok: false,
      error: 'The calendar file is damaged: Unknot could not read it.',
    })
    expect(read('')).toMatchObject({ ok: false })
  })

  it('says when the address gave something that is not a calendar', () => {
    expect(read(fixture('not-a-calendar.ics'))).toEqual({
      ok: false,
      error: 'This address did not return a calendar file.',
    })
    expect(read('<!doctype html><html><body>Sign in</body></html>')).toMatchObject({ ok: false })
  })

  it('stops on a rule that asks for millions of occurrences', () => {
    expect(read(fixture('minutely.ics'))).toEqual({
      ok: false,
      error: 'The calendar repeats its events too often for Unknot to read.',
    })
  })
})
