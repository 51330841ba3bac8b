import { describe, expect, it } from 'vitest'
import { Companion } from '../../../src/shared/app/companion'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../src/shared/kernel/time'

// A Wednesday morning inside the default working hours.
const START = Date.parse('2026-11-25T09:30:00Z')

function make(data = new MemoryRecords(), clock = new ManualClock(START)) {
  const companion = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'UTC',
    stores: { settings: new MemoryStore(), data },
  })
  return { clock, companion, data }
}

const spasm = (intensity: number) =>
  ({ type: 'logSpasm', payload: { area: 'lower', side: 'both', intensity, trigger: 'long-sitting' } }) as const

describe('flare mode through the companion', () => {
  it('offers flare mode after a 7/10 spasm and switches nothing by itself', () => {
    const { companion } = make()
    companion.dispatch(spasm(7))
    const snapshot = companion.getSnapshot()
    expect(snapshot.flare.offer).toEqual({ reason: 'intense' })
    expect(snapshot.flare.active).toBeNull()
    expect(snapshot.reminders.next?.msUntilDue).toBe(30 * MINUTE_MS)
  })

  it('counts the next break from 20 minutes once accepted, and from 30 again once ended', () => {
    const { companion } = make()
    companion.dispatch(spasm(7))
    expect(companion.dispatch({ type: 'acceptFlareMode' }).ok).toBe(true)
    const on = companion.getSnapshot()
    expect(on.reminders.next?.msUntilDue).toBe(20 * MINUTE_MS)
    expect(on.flare.active).toMatchObject({ stretchEveryMinutes: 20, untilWall: START + 3 * DAY_MS })
    expect(on.settings.reminders.stretch.everyMinutes).toBe(30)
    companion.dispatch({ type: 'endFlareMode' })
    const off = companion.getSnapshot()
    expect(off.reminders.next?.msUntilDue).toBe(30 * MINUTE_MS)
    expect(off.flare.periods).toHaveLength(1)
  })

  it('keeps an interval the person changed during the flare once it ends', () => {
    const { companion } = make()
    companion.dispatch(spasm(8))
    companion.dispatch({ type: 'acceptFlareMode' })
    companion.dispatch({ type: 'updateSettings', payload: { patch: { reminders: { stretch: { everyMinutes: 45 } } } } })
    expect(companion.getSnapshot().reminders.next?.msUntilDue).toBe(20 * MINUTE_MS)
    companion.dispatch({ type: 'endFlareMode' })
    expect(companion.getSnapshot().reminders.next?.msUntilDue).toBe(45 * MINUTE_MS)
  })

  it('offers after two milder entries within 48 hours', () => {
    const { clock, companion } = make()
    companion.dispatch(spasm(3))
    expect(companion.getSnapshot().flare.offer).toBeNull()
    clock.advance(30 * HOUR_MS)
    companion.dispatch(spasm(4))
    expect(companion.getSnapshot().flare.offer).toEqual({ reason: 'repeated' })
  })

  it('asks "feeling better?" by itself after 3 quiet days, publishing it at that instant', () => {
    const { clock, companion } = make()
    companion.dispatch(spasm(7))
    companion.dispatch({ type: 'acceptFlareMode' })
    const seen: boolean[] = []
    companion.subscribe((snapshot) => seen.push(snapshot.flare.active?.askingToEase ?? false))
    clock.advance(3 * DAY_MS - MINUTE_MS)
    expect(companion.getSnapshot().flare.active?.askingToEase).toBe(false)
    clock.advance(MINUTE_MS)
    expect(companion.getSnapshot().flare.active?.askingToEase).toBe(true)
    expect(seen.at(-1)).toBe(true)
    companion.dispatch({ type: 'keepFlareMode' })
    expect(companion.getSnapshot().flare.active?.askingToEase).toBe(false)
  })

  it('survives a restart, and a stored flare state that is not valid starts afresh with a notice', () => {
    const data = new MemoryRecords()
    const first = make(data)
    first.companion.dispatch(spasm(7))
    first.companion.dispatch({ type: 'acceptFlareMode' })
    const again = make(data, new ManualClock(START + HOUR_MS))
    expect(again.companion.getSnapshot().flare.active?.sinceWall).toBe(START)
    expect(again.companion.getSnapshot().reminders.next?.msUntilDue).toBe(20 * MINUTE_MS)

    const broken = MemoryRecords.holding({ ...data.document(), flare: { offer: 'yes', active: null, periods: [] } })
    const fresh = make(broken)
    expect(fresh.companion.getSnapshot().flare.active).toBeNull()
    expect(fresh.companion.getSnapshot().journal.total).toBe(1)
    expect(fresh.companion.getSnapshot().notices.map((notice) => notice.id)).toContain('data-unreadable')
  })

  it('refuses to end flare mode when it is off, changing nothing', () => {
    const { companion } = make()
    const before = companion.getSnapshot().revision
    expect(companion.dispatch({ type: 'endFlareMode' })).toMatchObject({ ok: false })
    expect(companion.dispatch({ type: 'acceptFlareMode', payload: { minutes: 10 } })).toMatchObject({ ok: false })
    expect(companion.getSnapshot().revision).toBe(before)
  })
})
