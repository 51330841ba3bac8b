import { describe, expect, it } from 'vitest'
import {
  acceptFlare,
  closeFlareRedFlags,
  declineFlare,
  easeBackWall,
  effectiveReminderSettings,
  endFlare,
  flareStateSchema,
  flareView,
  initialFlareState,
  keepFlare,
  nextFlareWakeMs,
  offerAfterSpasm,
  type FlareState,
} from '../../../src/shared/flare'
import { reminderSettingsSchema } from '../../../src/shared/reminders/settings'
import { DAY_MS, HOUR_MS, type Instant } from '../../../src/shared/kernel/time'

const START = Date.parse('2026-11-25T10:00:00Z')
const at = (wall: number): Instant => ({ wall, mono: wall - START })

function stateOf(result: { ok: boolean; state?: FlareState }): FlareState {
  if (!result.ok || !result.state) throw new Error('expected ok')
  return result.state
}

function activeSince(wall: number): FlareState {
  const offered = stateOf(offerAfterSpasm(initialFlareState(), { wall, intensity: 7 }, [], at(wall)))
  return stateOf(acceptFlare(offered, at(wall)))
}

describe('the flare mode offer', () => {
  it('comes after a spasm of 6 or more, and not after a 5 on its own', () => {
    const strong = offerAfterSpasm(initialFlareState(), { wall: START, intensity: 6 }, [], at(START))
    expect(strong.ok && strong.state.offer).toEqual({ sinceWall: START, reason: 'intense' })
    expect(strong.ok && strong.events).toEqual([{ type: 'flare-offered', reason: 'intense' }])
    const mild = offerAfterSpasm(initialFlareState(), { wall: START, intensity: 5 }, [], at(START))
    expect(mild.ok && mild.state.offer).toBeNull()
  })

  it('comes after two entries within 48 hours, whatever their intensity, but not 49 hours apart', () => {
    const logged = { wall: START, intensity: 2 }
    const close = offerAfterSpasm(
      initialFlareState(),
      logged,
      [{ wall: START - 47 * HOUR_MS, intensity: 3 }],
      at(START),
    )
    expect(close.ok && close.state.offer?.reason).toBe('repeated')
    const apart = offerAfterSpasm(
      initialFlareState(),
      logged,
      [{ wall: START - 49 * HOUR_MS, intensity: 3 }],
      at(START),
    )
    expect(apart.ok && apart.state.offer).toBeNull()
  })

  it('is not made for an entry dated days back, nor again while flare mode is on', () => {
    const old = offerAfterSpasm(initialFlareState(), { wall: START - 3 * DAY_MS, intensity: 9 }, [], at(START))
    expect(old.ok && old.state.offer).toBeNull()
    const on = activeSince(START)
    const again = offerAfterSpasm(on, { wall: START + HOUR_MS, intensity: 9 }, [], at(START + HOUR_MS))
    expect(again.ok && again.state).toBe(on)
  })

  it('is only an offer: nothing changes until it is accepted, and declining clears it', () => {
    const offered = stateOf(offerAfterSpasm(initialFlareState(), { wall: START, intensity: 8 }, [], at(START)))
    expect(offered.active).toBeNull()
    expect(stateOf(declineFlare(offered)).offer).toBeNull()
    expect(acceptFlare(initialFlareState(), at(START)).ok).toBe(false)
  })
})

describe('flare mode', () => {
  const own = reminderSettingsSchema.parse({})

  it('lays a 20-minute stretch interval over the settings while on, and leaves them untouched', () => {
    const on = activeSince(START)
    expect(effectiveReminderSettings(own, on).stretch.everyMinutes).toBe(20)
    expect(own.stretch.everyMinutes).toBe(30)
    const off = stateOf(endFlare(on, at(START + DAY_MS)))
    expect(effectiveReminderSettings(own, off)).toBe(own)
  })

  it('never makes breaks rarer than the person chose', () => {
    const frequent = reminderSettingsSchema.parse({ stretch: { everyMinutes: 15 } })
    expect(effectiveReminderSettings(frequent, activeSince(START)).stretch.everyMinutes).toBe(15)
  })

  it('asks "feeling better?" after 3 days without an entry of 4 or more, and a sore day moves it on', () => {
    const on = activeSince(START)
    expect(easeBackWall(on.active!, [])).toBe(START + 3 * DAY_MS)
    const spasms = [
      { wall: START + DAY_MS, intensity: 5 },
      { wall: START + 2 * DAY_MS, intensity: 3 },
    ]
    expect(easeBackWall(on.active!, spasms)).toBe(START + 4 * DAY_MS)
    const before = flareView(on, spasms, at(START + 4 * DAY_MS - 1), 30, 'UTC')
    expect(before.active?.askingToEase).toBe(false)
    expect(flareView(on, spasms, at(START + 4 * DAY_MS), 30, 'UTC').active).toMatchObject({
      askingToEase: true,
      untilWall: START + 4 * DAY_MS,
    })
  })

  it('wakes the companion when the question falls due, and not after', () => {
    const on = activeSince(START)
    expect(nextFlareWakeMs(on, [], at(START + DAY_MS))).toBe(2 * DAY_MS)
    expect(nextFlareWakeMs(on, [], at(START + 3 * DAY_MS))).toBeNull()
    expect(nextFlareWakeMs(initialFlareState(), [], at(START))).toBeNull()
  })

  it('counts the quiet days again when the person keeps it', () => {
    const kept = stateOf(keepFlare(activeSince(START), at(START + 3 * DAY_MS)))
    expect(easeBackWall(kept.active!, [])).toBe(START + 6 * DAY_MS)
  })

  it('offers the red-flag checker once', () => {
    const on = activeSince(START)
    expect(flareView(on, [], at(START), 30, 'UTC').active?.offerRedFlags).toBe(true)
    const closed = stateOf(closeFlareRedFlags(on))
    expect(flareView(closed, [], at(START), 30, 'UTC').active?.offerRedFlags).toBe(false)
  })

  it('keeps each ended period for the chart and shows the current one as ongoing', () => {
    const first = stateOf(endFlare(activeSince(START), at(START + 2 * DAY_MS)))
    expect(first.periods).toEqual([{ startWall: START, endWall: START + 2 * DAY_MS }])
    expect(endFlare(first, at(START + 3 * DAY_MS)).ok).toBe(false)
    const view = flareView(
      { ...activeSince(START + 5 * DAY_MS), periods: first.periods },
      [],
      at(START + 6 * DAY_MS),
      30,
      'UTC',
    )
    expect(view.periods.map((period) => period.ongoing)).toEqual([false, true])
    expect(view.periods[1]?.endWall).toBe(START + 6 * DAY_MS)
    // 25–27 November, then 30 November to today, 1 December: the local days the journal's chart marks
    expect(view.days).toEqual(['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01'])
  })

  it('reads back only a valid stored state', () => {
    expect(flareStateSchema.safeParse(activeSince(START)).success).toBe(true)
    const bad = { offer: null, active: { sinceWall: 5, quietFromWall: 1, redFlagsOffered: false }, periods: [] }
    expect(flareStateSchema.safeParse(bad).success).toBe(false)
    expect(flareStateSchema.safeParse({ ...initialFlareState(), extra: 1 }).success).toBe(false)
  })
})
