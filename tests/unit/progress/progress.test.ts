import { describe, expect, it } from 'vitest'
import { breakStreak, weekProgress } from '../../../src/shared/progress'
import type { BreakRecord } from '../../../src/shared/reminders'
import type { HistoryEntry } from '../../../src/shared/routines'
import { MINUTE_MS, type Instant } from '../../../src/shared/kernel/time'

const WEEKDAYS = [1, 2, 3, 4, 5]
const at = (iso: string): Instant => ({ wall: Date.parse(iso), mono: 0 })

/** `count` stretch breaks taken from that instant on, one every 40 minutes. */
function takenFrom(iso: string, count: number, outcome: BreakRecord['outcome'] = 'taken'): BreakRecord[] {
  return Array.from({ length: count }, (_, index) => ({
    kind: 'stretch' as const,
    outcome,
    atWall: Date.parse(iso) + index * 40 * MINUTE_MS,
  }))
}

describe('the working-day streak', () => {
  it('counts working days with the goal met and steps over the weekend', () => {
    // Thursday 19 to Wednesday 25 November 2026; Saturday and Sunday have no breaks at all.
    const breaks = ['2026-11-19', '2026-11-20', '2026-11-23', '2026-11-24'].flatMap((day) =>
      takenFrom(`${day}T10:00:00Z`, 4),
    )
    const streak = breakStreak(breaks, at('2026-11-25T08:00:00Z'), 'UTC', WEEKDAYS, 4)
    expect(streak).toEqual({ days: 4, goal: 4, todayMet: false })
  })

  it('is ended by a working day at the desk below the goal, but not by a day with no record (paused or away)', () => {
    const missed = [...takenFrom('2026-11-23T10:00:00Z', 4), ...takenFrom('2026-11-24T10:00:00Z', 2)]
    missed.push({ kind: 'stretch', outcome: 'skipped', atWall: Date.parse('2026-11-24T15:00:00Z') })
    expect(breakStreak(missed, at('2026-11-25T18:00:00Z'), 'UTC', WEEKDAYS, 4).days).toBe(0)
    const paused = takenFrom('2026-11-23T10:00:00Z', 4)
    expect(breakStreak(paused, at('2026-11-25T18:00:00Z'), 'UTC', WEEKDAYS, 4).days).toBe(1)
  })

  it('counts today once its goal is met, and never lets an unfinished today end it', () => {
    const breaks = [...takenFrom('2026-11-24T10:00:00Z', 4), ...takenFrom('2026-11-25T10:00:00Z', 1)]
    breaks.push({ kind: 'stretch', outcome: 'snoozed', atWall: Date.parse('2026-11-25T12:00:00Z') })
    expect(breakStreak(breaks, at('2026-11-25T13:00:00Z'), 'UTC', WEEKDAYS, 4)).toMatchObject({
      days: 1,
      todayMet: false,
    })
    const more = [...breaks, ...takenFrom('2026-11-25T14:00:00Z', 3, 'natural')]
    expect(breakStreak(more, at('2026-11-25T17:00:00Z'), 'UTC', WEEKDAYS, 4)).toMatchObject({
      days: 2,
      todayMet: true,
    })
  })

  it('follows the setting for the goal', () => {
    const breaks = takenFrom('2026-11-24T10:00:00Z', 3)
    expect(breakStreak(breaks, at('2026-11-25T08:00:00Z'), 'UTC', WEEKDAYS, 3).days).toBe(1)
    expect(breakStreak(breaks, at('2026-11-25T08:00:00Z'), 'UTC', WEEKDAYS, 4).days).toBe(0)
  })

  it('keeps one day per calendar day across the end of summer time (a 25-hour Sunday)', () => {
    // Europe/Madrid leaves summer time on Sunday 25 October 2026; Friday 23 to Tuesday 27 are at the desk.
    const zone = 'Europe/Madrid'
    const breaks = [
      ...takenFrom('2026-10-23T07:00:00Z', 4),
      ...takenFrom('2026-10-26T08:00:00Z', 4),
      // Tuesday from 21:00 local time; the last at 23:00 (22:00 UTC), still Tuesday in Madrid
      ...takenFrom('2026-10-27T20:00:00Z', 4),
    ]
    expect(breakStreak(breaks, at('2026-10-28T07:00:00Z'), zone, WEEKDAYS, 4).days).toBe(3)
    // and across the start of summer time (Sunday 29 March 2026, a 23-hour day)
    const spring = [...takenFrom('2026-03-27T08:00:00Z', 4), ...takenFrom('2026-03-30T07:00:00Z', 4)]
    expect(breakStreak(spring, at('2026-03-31T06:00:00Z'), zone, WEEKDAYS, 4).days).toBe(2)
  })

  it('survives a move to another time zone: the days are read in the calendar the person is in now', () => {
    // Monday and Tuesday in Madrid, then a flight: Wednesday in New York.
    const breaks = [
      ...takenFrom('2026-11-23T08:00:00Z', 4),
      ...takenFrom('2026-11-24T08:00:00Z', 4),
      ...takenFrom('2026-11-25T14:00:00Z', 4),
    ]
    const inMadrid = breakStreak(breaks, at('2026-11-24T17:00:00Z'), 'Europe/Madrid', WEEKDAYS, 4)
    expect(inMadrid.days).toBe(2)
    const inNewYork = breakStreak(breaks, at('2026-11-25T22:00:00Z'), 'America/New_York', WEEKDAYS, 4)
    expect(inNewYork).toMatchObject({ days: 3, todayMet: true })
    // just after local midnight in New York, which is still Wednesday evening's UTC day before: no gap appears
    const nextMorning = breakStreak(breaks, at('2026-11-26T05:30:00Z'), 'America/New_York', WEEKDAYS, 4)
    expect(nextMorning.days).toBe(3)
  })
})

describe('the week', () => {
  it('shows breaks taken, routines finished and minutes of stretching for the last seven local days', () => {
    const breaks: BreakRecord[] = [
      ...takenFrom('2026-11-24T10:00:00Z', 2),
      ...takenFrom('2026-11-25T10:00:00Z', 1, 'natural'),
      { kind: 'stretch', outcome: 'skipped', atWall: Date.parse('2026-11-25T12:00:00Z') },
      { kind: 'micro', outcome: 'taken', atWall: Date.parse('2026-11-25T12:10:00Z') },
      ...takenFrom('2026-11-17T10:00:00Z', 5),
    ]
    const session = (endIso: string, minutes: number, completed: boolean): HistoryEntry => ({
      sessionId: endIso,
      routineId: 'desk',
      routineName: 'At your desk',
      startedWall: Date.parse(endIso) - minutes * MINUTE_MS,
      endedWall: Date.parse(endIso),
      completed,
      durationMs: minutes * MINUTE_MS,
      rating: null,
    })
    const sessions = [session('2026-11-25T11:00:00Z', 5, true), session('2026-11-25T15:00:00Z', 2, false)]
    const week = weekProgress(breaks, sessions, at('2026-11-25T16:00:00Z'), 'UTC')
    expect(week.map((day) => day.day)).toEqual([
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ])
    expect(week.at(-2)).toEqual({ day: '2026-11-24', breaks: 2, routines: 0, stretchMinutes: 0 })
    expect(week.at(-1)).toEqual({ day: '2026-11-25', breaks: 1, routines: 1, stretchMinutes: 7 })
  })

  it('has seven days even when one of them is 25 hours long', () => {
    const week = weekProgress([], [], at('2026-10-27T12:00:00Z'), 'Europe/Madrid')
    expect(new Set(week.map((day) => day.day)).size).toBe(7)
    expect(week[0]?.day).toBe('2026-10-21')
  })
})
