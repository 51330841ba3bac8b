import { describe, expect, it } from 'vitest'
import { ReminderHarness } from './harness'
import { desk, MINUTE } from './desk'

/** A desk whose stretch break (every 30 min, the default) has the given mode. */
function deskIn(mode: 'gentle' | 'firm' | 'strict') {
  const d = desk()
  expect(d.send('updateSettings', { patch: { reminders: { stretch: { mode } } } })).toMatchObject({ ok: true })
  const kinds = () => d.events.map(({ event }) => event.type).filter((type) => type.startsWith('break-'))
  return { ...d, kinds }
}

describe('the warning before a firm or strict break', () => {
  it('says "break in 30 seconds" 30 s before a firm break takes the screen, which then comes on time', () => {
    const { sit, view, events } = deskIn('firm')
    sit(29)
    expect(view().soon).toBeNull()
    sit(0.5)
    const soon = events.find(({ event }) => event.type === 'break-soon')
    expect(soon).toMatchObject({ event: { kind: 'stretch', inSeconds: 30 }, atMono: 29.5 * MINUTE })
    expect(view()).toMatchObject({ prompt: null, soon: { kind: 'stretch', mode: 'firm', remainingMs: 30_000 } })
    sit(0.5)
    const due = events.find(({ event }) => event.type === 'break-due')
    expect(due?.atMono).toBe(30 * MINUTE)
    expect(view()).toMatchObject({ soon: null, prompt: { kind: 'stretch', mode: 'firm' } })
  })

  it('gives a gentle break none: its notification is the break itself', () => {
    const { sit, view, kinds } = deskIn('gentle')
    sit(30)
    expect(kinds()).toEqual(['break-due'])
    expect(view().soon).toBeNull()
  })

  it('comes from the time alone on a host that reads idle only when needed, with no extra reading', () => {
    const host = new ReminderHarness('2026-11-25T09:00:00Z', { stretch: { mode: 'strict' } }, 'Europe/London', true)
    host.readings = 'scheduled'
    host.pass(29.5 * MINUTE - 1000)
    const readings = host.readCount
    expect(host.events.some((event) => event.type === 'break-soon')).toBe(false)
    host.pass(1000)
    expect(host.readCount).toBe(readings)
    expect(host.events.at(-1)).toEqual({ type: 'break-soon', kind: 'stretch', inSeconds: 30 })
    expect(host.view().soon).toMatchObject({ mode: 'strict', canSnooze: false, canSkip: false })
    host.pass(30_000)
    expect(host.events.at(-1)).toMatchObject({ type: 'break-due', kind: 'stretch' })
  })

  it('lets a firm break be snoozed from the warning: it comes back with a warning of its own', () => {
    const { sit, view, send, clock } = deskIn('firm')
    sit(29.75)
    expect(view().soon).toMatchObject({ canSnooze: true, canSkip: true })
    expect(send('snoozeBreak', { minutes: 5 })).toMatchObject({ ok: true })
    expect(view()).toMatchObject({ soon: null, prompt: null, status: 'snoozed', today: { snoozed: 1 } })
    sit(5)
    // due since the snooze ran out, at 34:45: the screen still waits the whole 30 s
    expect(view()).toMatchObject({ prompt: null, soon: { kind: 'stretch' } })
    clock.advance(30_000)
    expect(view().prompt).toMatchObject({ kind: 'stretch', snoozesInARow: 1 })
  })

  it('lets a firm break be skipped from the warning, and counts it as skipped', () => {
    const { sit, view, send, kinds } = deskIn('firm')
    sit(29.75)
    expect(send('skipBreak')).toMatchObject({ ok: true })
    expect(view()).toMatchObject({ soon: null, prompt: null, today: { skipped: 1 }, skipsInARow: 1 })
    sit(20)
    expect(kinds()).toEqual(['break-soon'])
  })

  it('refuses Snooze and Skip during a strict warning without changing anything, but lets a pause stop it', () => {
    const { sit, view, send, companion } = deskIn('strict')
    sit(29.75)
    const before = companion.getSnapshot().revision
    expect(send('snoozeBreak', { minutes: 5 })).toMatchObject({ ok: false, error: 'A strict break cannot be snoozed.' })
    expect(send('skipBreak')).toMatchObject({ ok: false, error: 'A strict break cannot be skipped.' })
    expect(companion.getSnapshot().revision).toBe(before)
    expect(view().soon).toMatchObject({ mode: 'strict' })
    // the break has not taken the screen yet: pausing is as open as it was a minute before
    expect(send('pauseReminders', { for: '30m' })).toMatchObject({ ok: true })
    expect(view()).toMatchObject({ soon: null, status: 'paused' })
    sit(10)
    expect(view().prompt).toBeNull()
  })

  it('gives way to a call starting during it; the break then waits for the end and warns again', () => {
    const { sit, view, companion, clock, kinds } = deskIn('strict')
    sit(29.75)
    companion.observe({ type: 'call', active: true })
    expect(view()).toMatchObject({ soon: null, waiting: { reason: 'call' } })
    sit(20)
    expect(view().prompt).toBeNull()
    companion.observe({ type: 'call', active: false })
    expect(view().soon).toMatchObject({ remainingMs: 30_000 })
    clock.advance(29_999)
    expect(view().prompt).toBeNull()
    clock.advance(1)
    expect(view().prompt).toMatchObject({ after: 'call' })
    expect(kinds()).toEqual(['break-soon', 'break-soon', 'break-due'])
  })

  it('gives way to "I am in a meeting", whose end then brings the break', () => {
    const { sit, view, send, clock } = deskIn('firm')
    sit(29.75)
    expect(send('startMeeting', { minutes: 15 })).toMatchObject({ ok: true })
    expect(view()).toMatchObject({ soon: null, status: 'meeting' })
    sit(15)
    clock.advance(30_000)
    expect(view().prompt).toMatchObject({ after: 'meeting' })
  })

  it('lets the person start the break announced, before it takes the screen', () => {
    const { sit, view, send } = deskIn('firm')
    expect(
      send('updateSettings', { patch: { reminders: { micro: { enabled: true, mode: 'strict' } } } }),
    ).toMatchObject({ ok: true })
    sit(9.75)
    expect(view().soon).toMatchObject({ kind: 'micro' })
    expect(send('startBreak')).toMatchObject({ ok: true })
    expect(view()).toMatchObject({ soon: null, onBreak: { kind: 'micro', mode: 'strict' } })
  })

  it('is not kept across a restart: the next start works it out again', () => {
    const first = deskIn('firm')
    first.sit(29.75)
    first.companion.dispose()
    const second = desk(first.stores, first.clock)
    expect(second.view().soon).toBeNull()
  })
})
