import { describe, expect, it } from 'vitest'
import { breaksPerDay, recurrenceNudge, triggerCounts, weeklySeries } from '../../../src/shared/journal'
import { DAY_MS } from '../../../src/shared/kernel/time'
import { instant, journalWith, NOON, ZONE } from './helpers'

describe('recurrence nudge', () => {
  it('stays quiet for 2 episodes in 14 days', () => {
    expect(recurrenceNudge(journalWith([{ day: -3 }, { day: 0 }]), instant(NOON))).toBeNull()
  })

  it('appears for 3 episodes in 14 days, says it is our own rule and points to the checker', () => {
    const nudge = recurrenceNudge(journalWith([{ day: -13 }, { day: -6 }, { day: 0 }]), instant(NOON))
    expect(nudge?.reason).toBe('frequent')
    expect(nudge?.text).toContain('Unknot’s own rule of thumb, not a medical guideline')
    expect(nudge?.action.target).toEqual({ screen: 'red-flags' })
  })

  it('stays quiet for 3 episodes spread over 20 days', () => {
    expect(recurrenceNudge(journalWith([{ day: -20 }, { day: -10 }, { day: 0 }]), instant(NOON))).toBeNull()
  })

  it('appears when the last 3 episodes average 7 or more, even when far apart', () => {
    const strong = journalWith([
      { day: -60, intensity: 7 },
      { day: -30, intensity: 6 },
      { day: 0, intensity: 8 },
    ])
    expect(recurrenceNudge(strong, instant(NOON))?.reason).toBe('intense')
    const milder = journalWith([
      { day: -60, intensity: 7 },
      { day: -30, intensity: 6 },
      { day: 0, intensity: 7 },
    ])
    expect(recurrenceNudge(milder, instant(NOON))).toBeNull()
  })
})

describe('insights', () => {
  it('counts triggers, most common first, leaving unused ones out', () => {
    const journal = journalWith([
      { day: -3, trigger: 'stress' },
      { day: -2, trigger: 'lifting' },
      { day: -1, trigger: 'stress' },
      { day: 0, trigger: 'stress' },
    ])
    expect(triggerCounts(journal)).toEqual([
      { trigger: 'stress', count: 3 },
      { trigger: 'lifting', count: 1 },
    ])
  })

  it('builds a weekly series ending with this ISO week, with mean intensity', () => {
    // NOON is Wednesday 2026-11-25 (W48); day -3 is Sunday 22nd (W47); -9 is Monday 16th (W47); -16 is W46.
    const journal = journalWith([
      { day: -16, intensity: 2 },
      { day: -9, intensity: 4 },
      { day: -3, intensity: 6 },
      { day: 0, intensity: 9 },
    ])
    expect(weeklySeries(journal, instant(NOON), ZONE, 4)).toEqual([
      { week: '2026-W45', weekStart: '2026-11-02', episodes: 0, meanIntensity: null },
      { week: '2026-W46', weekStart: '2026-11-09', episodes: 1, meanIntensity: 2 },
      { week: '2026-W47', weekStart: '2026-11-16', episodes: 2, meanIntensity: 5 },
      { week: '2026-W48', weekStart: '2026-11-23', episodes: 1, meanIntensity: 9 },
    ])
  })

  it('uses the local calendar: late Sunday evening in New York is still that week', () => {
    // 2026-11-23 03:00 UTC is Sunday 22nd 22:00 in New York, so it belongs to W47 there.
    const journal = journalWith([{ day: -2.375 }])
    const series = weeklySeries(journal, instant(NOON), 'America/New_York', 2)
    expect(series.map((point) => point.episodes)).toEqual([1, 0])
  })

  it('lists breaks per day for the last days, filling gaps with 0', () => {
    const breaks = [
      { day: '2026-11-23', taken: 4 },
      { day: '2026-11-25', taken: 2 },
      { day: '2026-11-25', taken: 1 },
      { day: '2026-11-01', taken: 9 },
    ]
    expect(breaksPerDay(breaks, instant(NOON + DAY_MS / 2 - 1), ZONE, 3)).toEqual([
      { day: '2026-11-23', taken: 4 },
      { day: '2026-11-24', taken: 0 },
      { day: '2026-11-25', taken: 3 },
    ])
  })
})
