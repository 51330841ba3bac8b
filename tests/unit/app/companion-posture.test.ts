import { describe, expect, it } from 'vitest'
import type { FaceReading } from '../../../src/shared/posture'
import { loadSettings } from '../../../src/shared/settings'
import { MemoryRecords } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'
import { companionWithEvents } from '../../support/companion'

const FACE: FaceReading = { x: 0.5, y: 0.45, size: 0.3, roll: 0 }

function make(posture: Record<string, unknown> = { enabled: true }) {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 9))
  const data = new MemoryRecords()
  const { companion, events } = companionWithEvents(clock, data)
  expect(companion.dispatch({ type: 'updateSettings', payload: { patch: { posture } } }).ok).toBe(true)
  /** one idle reading and one glance every 30 s, for `minutes`, with idle time growing from `idleFrom` */
  const run = (minutes: number, face: FaceReading | null, idleFromSeconds: number | null = null) => {
    for (let i = 0; i < minutes * 2; i++) {
      clock.advance(30_000)
      const idle = idleFromSeconds === null ? 0 : (idleFromSeconds += 30)
      companion.observe({ type: 'idle', seconds: idle })
      companion.observe({ type: 'glance', face })
    }
  }
  return { clock, companion, events, data, run, snapshot: () => companion.getSnapshot() }
}

describe('the camera as a host input', () => {
  it('is off by default, also for a settings file written before it existed, and then ignores glances', () => {
    const old = loadSettings({ version: 1, reminders: {} })
    expect(old.ok && old.settings.posture.enabled).toBe(false)
    const { companion, snapshot } = make({ enabled: false })
    companion.observe({ type: 'glance', face: null })
    companion.observe({ type: 'glance', face: null })
    expect(snapshot().posture.presence).toBeNull()
    expect(snapshot().reminders.status).not.toBe('away')
  })

  it('counts a face in view as sitting, with no input for longer than the away threshold', () => {
    const { run, snapshot } = make()
    run(1, FACE)
    run(12, FACE, 0)
    expect(snapshot().reminders.status).toBe('working')
    // every minute since the first reading, 30 s in
    expect(snapshot().reminders.today.activeMinutes).toBe(12)
    expect(snapshot().posture.presence).toBe('at-desk')
    // the same hour without the camera: away after 5 minutes of no input
    const without = make({ enabled: false })
    without.run(1, FACE)
    without.run(12, FACE, 0)
    expect(without.snapshot().reminders.status).toBe('away')
  })

  it('takes an empty desk as away at once, and a confirmed break before idle alone could tell', () => {
    const { run, snapshot, events } = make()
    run(20, FACE)
    // gone: the second empty glance confirms it; idle alone would wait 5 minutes
    run(1, null, 0)
    expect(snapshot().reminders.status).toBe('away')
    expect(snapshot().posture.glancing).toBe(false)
    run(3, null, 60)
    expect(events).toContainEqual({ domain: 'reminders', event: { type: 'natural-break', kinds: ['stretch'] } })
  })

  it('lets input end an away the camera saw', () => {
    const { run, snapshot, companion } = make()
    run(5, FACE)
    run(1, null, 0)
    expect(snapshot().reminders.status).toBe('away')
    companion.observe({ type: 'idle', seconds: 2 })
    expect(snapshot().reminders.status).toBe('working')
  })

  it('does not glance during a call, and a call does not make an empty glance away', () => {
    const { companion, run, snapshot } = make()
    run(2, FACE)
    companion.observe({ type: 'call', active: true })
    expect(snapshot().posture.glancing).toBe(false)
    run(2, null)
    expect(snapshot().reminders.status).toBe('call')
  })

  it('calibrates from the next glance, nudges after a held drift, and keeps only calibration and tally', () => {
    const { companion, run, snapshot, events, data } = make({ enabled: true, holdMinutes: 3 })
    expect(companion.dispatch({ type: 'calibratePosture', payload: {} }).ok).toBe(true)
    expect(snapshot().posture.calibrating).toBe('waiting')
    run(0.5, FACE)
    expect(snapshot().posture.calibrated).toBe(true)
    run(4, { ...FACE, size: 0.45 })
    expect(events.filter((event) => event.domain === 'posture' && event.event.type === 'nudge')).toEqual([
      { domain: 'posture', event: { type: 'nudge', drift: 'leaning-in' } },
    ])
    expect(snapshot().posture.heldDrift).toBe('leaning-in')
    const saved = data.document()
    expect(Object.keys(saved.posture).sort()).toEqual(['calibration', 'today'])
  })

  it('refuses to calibrate with the camera off', () => {
    const { companion } = make({ enabled: false })
    const result = companion.dispatch({ type: 'calibratePosture', payload: {} })
    expect(result).toMatchObject({ ok: false, error: 'Turn the camera on before calibrating.' })
  })

  it('reports a camera problem, and clears it at the next glance', () => {
    const { companion, run, snapshot } = make()
    companion.observe({ type: 'camera-problem', problem: 'denied' })
    expect(snapshot().posture.problem).toBe('denied')
    run(0.5, FACE)
    expect(snapshot().posture.problem).toBeNull()
  })
})
