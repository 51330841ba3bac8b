import { describe, expect, it } from 'vitest'
import {
  callCheckNeeded,
  goAway,
  comeBack,
  nextReadingMs,
  observeIdle,
  setCalendar,
  setCall,
  setFullscreen,
  startMeeting,
  SLOW_READING_MS,
  advance,
  startBreak,
} from '../../../src/shared/reminders'
import { MINUTE_MS } from '../../../src/shared/kernel/time'
import { active, idleBetween, reading, readingWithIdleBetween, ReminderHarness } from './harness'

// Wednesday 25 November 2026, 10:00 in London: inside the default working hours.
const WEDNESDAY = '2026-11-25T10:00:00Z'
const dueMinute = (h: ReminderHarness, start = Date.parse(WEDNESDAY)) =>
  h.events.flatMap((event, index) => (event.type === 'break-due' ? [index] : [])).length > 0
    ? (h.state.prompt!.sinceWall - start) / MINUTE_MS
    : null

/** A harness that reads idle when the reading policy says, as the desktop host does. */
function scheduled(overrides: Record<string, unknown> = {}, readsBeforePrompts = true) {
  const h = new ReminderHarness(WEDNESDAY, overrides, 'Europe/London', readsBeforePrompts)
  h.readings = 'scheduled'
  return h
}

describe('sitting is the default while the computer is in use', () => {
  it.each([
    ['reads (one input a minute)', reading],
    ['types', active],
  ])('a person who %s gets the first stretch prompt at 30 minutes', (_who, idle) => {
    for (const h of [new ReminderHarness(WEDNESDAY), scheduled()]) {
      h.minutes(35, idle)
      expect(h.dues()).toBe(1)
      expect(dueMinute(h)).toBeGreaterThanOrEqual(29)
      expect(dueMinute(h)).toBeLessThanOrEqual(31)
      // nothing held it, so it gives no reason
      expect(h.view().prompt?.after).toBeNull()
    }
  })

  it('reading for an hour, each break taken when prompted: prompts 30 minutes of sitting apart', () => {
    const h = scheduled()
    h.minutes(65, reading, (harness) => harness.run(startBreak, {}))
    const taken = h.state.history.map((entry) => (entry.atWall - Date.parse(WEDNESDAY)) / MINUTE_MS)
    expect(taken).toHaveLength(2)
    expect(taken[0]).toBeCloseTo(30, 0)
    expect(taken[1]! - taken[0]!).toBeGreaterThanOrEqual(33 - 1)
    expect(taken[1]! - taken[0]!).toBeLessThanOrEqual(33 + 1)
  })

  it('idle shorter than the threshold keeps every minute as sitting; the threshold is a setting', () => {
    const h = new ReminderHarness(WEDNESDAY, { awayAfterMinutes: 10 })
    h.minutes(10)
    h.minutes(9, idleBetween(0, 9 * MINUTE_MS))
    expect(h.state.history).toEqual([])
    h.minutes(11)
    expect(h.dues()).toBe(1)
  })
})

describe('away', () => {
  it('starts at the last input once idle reaches the threshold: none of it counts as sitting', () => {
    const h = scheduled({ stretch: { breakSeconds: 900 } })
    h.minutes(10)
    // away 8 minutes: past the 5-minute threshold, short of the 15-minute break, so not a natural break
    h.minutes(8, idleBetween(0, 8 * MINUTE_MS))
    h.minutes(1)
    expect(h.state.history).toEqual([])
    expect(h.state.activeMs.stretch).toBeGreaterThanOrEqual(10 * MINUTE_MS)
    expect(h.state.activeMs.stretch).toBeLessThanOrEqual(11 * MINUTE_MS)
    h.minutes(18)
    expect(h.dues()).toBe(0)
    h.minutes(2)
    expect(h.dues()).toBe(1)
  })

  it('is a natural break of a kind only when it lasts max(threshold, that kind’s break)', () => {
    const h = scheduled({ stretch: { breakSeconds: 600 }, micro: { enabled: true, everyMinutes: 60 } })
    h.minutes(10)
    h.minutes(7, idleBetween(0, 7 * MINUTE_MS)) // 7 min: a micro-break (20 s) fits, a 10-minute stretch does not
    h.minutes(1)
    expect(h.state.history.map((entry) => entry.kind)).toEqual(['micro'])
    h.minutes(12, idleBetween(0, 12 * MINUTE_MS))
    h.minutes(1)
    // every absence past the threshold is a micro-break again; the stretch needed the ten minutes
    expect(h.state.history.map((entry) => entry.kind)).toEqual(['micro', 'micro', 'stretch'])
  })

  it('with a 2-minute threshold, 3½ minutes away are a natural stretch break; 2½ are not', () => {
    const h = scheduled({ awayAfterMinutes: 2 })
    h.minutes(10)
    h.pass(2.5 * MINUTE_MS, idleBetween(0, 2.5 * MINUTE_MS))
    h.minutes(1)
    expect(h.state.history).toEqual([])
    h.pass(3.5 * MINUTE_MS, idleBetween(0, 3.5 * MINUTE_MS))
    h.minutes(1)
    expect(h.state.history).toEqual([expect.objectContaining({ kind: 'stretch', outcome: 'natural' })])
  })

  it('a lock shorter than the threshold is no break, and the locked minutes do not count as sitting', () => {
    const h = new ReminderHarness(WEDNESDAY)
    h.minutes(20)
    h.away(4 * MINUTE_MS, 'lock')
    expect(h.state.history).toEqual([])
    h.minutes(9)
    expect(h.dues()).toBe(0)
    h.minutes(1)
    expect(h.dues()).toBe(1)
  })

  it('a lock after a time away keeps the away’s start, so the whole absence is measured', () => {
    const h = new ReminderHarness(WEDNESDAY, { onSleepOrLock: 'pause-and-count-as-break' })
    h.minutes(20)
    h.minutes(6, idleBetween(0, 7 * MINUTE_MS))
    const since = h.state.away?.sinceWall
    expect(since).toBe(Date.parse(WEDNESDAY) + 20 * MINUTE_MS)
    h.apply(goAway(h.state, 'lock', h.at(), h.ctx))
    expect(h.state.away).toEqual({ sinceWall: since, reason: 'lock' })
    h.jumpWall(30 * MINUTE_MS)
    h.apply(comeBack(h.state, 'unlock', h.at(), h.ctx))
    expect(h.state.away).toBeNull()
    expect(h.state.history).toHaveLength(1)
  })

  it('a lock, then sleep, then waking keeps the person away until the unlock: the whole absence is one break', () => {
    const h = new ReminderHarness(WEDNESDAY, { onSleepOrLock: 'pause-and-count-as-break' })
    h.minutes(20)
    const since = h.at().wall
    h.apply(goAway(h.state, 'lock', h.at(), h.ctx))
    h.apply(goAway(h.state, 'suspend', h.at(), h.ctx))
    h.jumpWall(40 * MINUTE_MS)
    h.apply(comeBack(h.state, 'resume', h.at(), h.ctx))
    expect(h.state.away).toEqual({ sinceWall: since, reason: 'lock' })
    h.jumpWall(2 * MINUTE_MS)
    h.apply(comeBack(h.state, 'unlock', h.at(), h.ctx))
    expect(h.state.away).toBeNull()
    expect(h.state.history).toEqual([expect.objectContaining({ kind: 'stretch', outcome: 'natural' })])
  })
})

describe('in a call', () => {
  it('idle never ends sitting nor makes a natural break; the held prompt comes when the call ends', () => {
    const h = scheduled()
    h.minutes(10)
    h.host((s, at, ctx) => setCall(s, true, at, ctx))
    h.minutes(45, idleBetween(0, 45 * MINUTE_MS))
    expect(h.state.history).toEqual([])
    expect(h.dues()).toBe(0)
    expect(h.view()).toMatchObject({ status: 'call', waiting: { reason: 'call' } })
    h.host((s, at, ctx) => setCall(s, false, at, ctx))
    expect(h.events.at(-1)).toEqual({ type: 'break-due', kind: 'stretch', snoozesInARow: 0, after: 'call' })
    // the prompt itself says why it comes now
    expect(h.view().prompt).toMatchObject({ kind: 'stretch', after: 'call' })
  })

  it('a 45-minute input-less call inside a 60-minute meeting: the prompt comes within a minute of its end', () => {
    const h = scheduled()
    h.minutes(10)
    h.run(startMeeting, { minutes: 60 })
    const meetingEnd = h.wall + 60 * MINUTE_MS
    h.minutes(5)
    h.host((s, at, ctx) => setCall(s, true, at, ctx))
    h.minutes(45, idleBetween(0, 45 * MINUTE_MS))
    h.host((s, at, ctx) => setCall(s, false, at, ctx))
    // the rest of the meeting, still no input
    h.minutes(12, idleBetween(0, 12 * MINUTE_MS))
    expect(h.state.history.filter((entry) => entry.outcome === 'natural')).toEqual([])
    expect(h.dues()).toBe(1)
    expect(h.state.prompt!.sinceWall - meetingEnd).toBeGreaterThanOrEqual(0)
    expect(h.state.prompt!.sinceWall - meetingEnd).toBeLessThanOrEqual(MINUTE_MS)
    expect(h.events.find((event) => event.type === 'break-due')).toMatchObject({ after: 'meeting' })
    expect(h.view().prompt?.after).toBe('meeting')
  })

  it('a call past the cap gets one quiet notice, not a prompt', () => {
    const h = scheduled({ longCallMinutes: 90 })
    h.host((s, at, ctx) => setCall(s, true, at, ctx))
    h.minutes(200, idleBetween(0, 200 * MINUTE_MS))
    expect(h.events.filter((event) => event.type === 'long-call')).toEqual([{ type: 'long-call', minutes: 90 }])
    expect(h.dues()).toBe(0)
  })

  it('a call starting while away ends the away: the person is at the desk', () => {
    const h = scheduled()
    h.minutes(10)
    h.minutes(8, idleBetween(0, 9 * MINUTE_MS))
    expect(h.view().status).toBe('away')
    h.host((s, at, ctx) => setCall(s, true, at, ctx))
    expect(h.view().status).toBe('call')
    expect(h.state.history).toEqual([expect.objectContaining({ outcome: 'natural' })])
  })
})

describe('calendar meetings and presenting', () => {
  it('a calendar busy interval holds prompts, says until when, and is sitting to its end', () => {
    const h = scheduled()
    const start = h.wall + 20 * MINUTE_MS
    const end = start + 60 * MINUTE_MS
    h.host((s, at, ctx) => setCalendar(s, [{ startWall: start, endWall: end }], at, ctx))
    h.minutes(25, active)
    expect(h.view().waiting).toEqual({ reason: 'meeting', untilWall: end, calendar: true })
    h.minutes(54, idleBetween(0, 54 * MINUTE_MS))
    expect(h.dues()).toBe(0)
    h.minutes(2, idleBetween(0, 2 * MINUTE_MS))
    expect(h.dues()).toBe(1)
    expect(h.state.prompt!.sinceWall - end).toBeLessThanOrEqual(MINUTE_MS)
    expect(h.state.history).toEqual([])
  })

  it('presenting holds prompts while sitting keeps counting, idle included', () => {
    const h = scheduled()
    h.host((s, at, ctx) => setFullscreen(s, true, at, ctx))
    h.minutes(40, idleBetween(0, 40 * MINUTE_MS))
    expect(h.view()).toMatchObject({ status: 'presenting', waiting: { reason: 'presenting' } })
    expect(h.state.activeMs.stretch).toBeGreaterThanOrEqual(39 * MINUTE_MS)
    h.host((s, at, ctx) => setFullscreen(s, false, at, ctx))
    expect(h.dues()).toBe(1)
    expect(h.events.at(-1)).toMatchObject({ type: 'break-due', after: 'presenting' })
    expect(h.view().prompt?.after).toBe('presenting')
  })
})

describe('the reading schedule', () => {
  it('after a reading of i seconds the next is due at threshold − i; while away once a minute', () => {
    const h = scheduled()
    const later = (ms: number) => ({ wall: h.wall + ms, mono: h.mono + ms })
    const read = observeIdle(h.state, 40, later(60_000), h.ctx).state
    expect(nextReadingMs(read, later(60_000), h.ctx)).toBe(5 * MINUTE_MS - 40_000)
    const away = observeIdle(read, 320, later(340_000), h.ctx).state
    expect(away.away).toEqual({ sinceWall: h.wall + 20_000, reason: 'idle' })
    expect(away.history).toEqual([expect.objectContaining({ outcome: 'natural' })])
    expect(nextReadingMs(away, later(340_000), h.ctx)).toBe(SLOW_READING_MS)
  })

  it('is due earlier when a prompt falls due first, and only a reading raises it then', () => {
    const h = scheduled()
    h.minutes(28)
    expect(nextReadingMs(h.state, h.at(), h.ctx)).toBeLessThanOrEqual(2 * MINUTE_MS)
    const atDue = { wall: h.wall + 2 * MINUTE_MS, mono: h.mono + 2 * MINUTE_MS }
    expect(advance(h.state, atDue, h.ctx).events).toEqual([])
    expect(observeIdle(h.state, 30, atDue, h.ctx).events).toEqual([
      { type: 'break-due', kind: 'stretch', snoozesInARow: 0 },
    ])
  })

  it('a reader is read at most 15 times an hour, a typist 12, an absent person about once a minute', () => {
    const reader = scheduled()
    reader.minutes(60, reading)
    expect(reader.readCount).toBeLessThanOrEqual(17) // plus the reading at the due instant
    const typist = scheduled()
    typist.minutes(60, active)
    expect(typist.readCount).toBeLessThanOrEqual(14)
    const absent = scheduled()
    absent.minutes(60, readingWithIdleBetween(0, 60 * MINUTE_MS))
    expect(absent.readCount).toBeGreaterThanOrEqual(55)
    expect(absent.readCount).toBeLessThanOrEqual(62)
  })

  it('asks for the call detector only where a call would change the outcome, or to learn one ended', () => {
    const h = scheduled()
    h.minutes(10)
    const atAway = { wall: h.wall + 5 * MINUTE_MS, mono: h.mono + 5 * MINUTE_MS }
    expect(callCheckNeeded(h.state, 60, atAway, h.ctx)).toBe(false)
    expect(callCheckNeeded(h.state, 300, atAway, h.ctx)).toBe(true)
    h.minutes(19)
    const atDue = { wall: h.wall + MINUTE_MS, mono: h.mono + MINUTE_MS }
    expect(callCheckNeeded(h.state, 0, h.at(), h.ctx)).toBe(false)
    expect(callCheckNeeded(h.state, 0, atDue, h.ctx)).toBe(true)
    h.host((s, at, ctx) => setCall(s, true, at, ctx))
    expect(callCheckNeeded(h.state, 0, h.at(), h.ctx)).toBe(true)
  })

  it('while presenting, reads and asks the detectors once a minute, to learn when it ends', () => {
    const h = scheduled()
    h.minutes(10)
    expect(callCheckNeeded(h.state, 0, h.at(), h.ctx)).toBe(false)
    h.host((s, at, ctx) => setFullscreen(s, true, at, ctx))
    // typing in front of a fullscreen window: no reading would otherwise come before the away threshold
    expect(nextReadingMs(h.state, h.at(), h.ctx)).toBeLessThanOrEqual(SLOW_READING_MS)
    expect(callCheckNeeded(h.state, 0, h.at(), h.ctx)).toBe(true)
    const before = h.readCount
    h.minutes(60, active)
    expect(h.readCount - before).toBeGreaterThanOrEqual(55)
    expect(h.readCount - before).toBeLessThanOrEqual(62)
    h.host((s, at, ctx) => setFullscreen(s, false, at, ctx))
    expect(callCheckNeeded(h.state, 0, h.at(), h.ctx)).toBe(false)
    expect(nextReadingMs(h.state, h.at(), h.ctx)).toBeGreaterThan(SLOW_READING_MS)
  })
})
