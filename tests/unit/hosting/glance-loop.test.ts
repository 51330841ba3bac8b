import { describe, expect, it } from 'vitest'
import type { HostInput } from '../../../src/shared/contract/contract'
import { GlanceLoop, type GlanceOutcome } from '../../../src/shared/hosting/glance-loop'
import type { PostureView } from '../../../src/shared/posture'
import { ManualClock } from '../../support/manual-clock'

const FACE = { x: 0.5, y: 0.5, size: 0.3, roll: 0 }
const view = (overrides: Partial<PostureView> = {}): PostureView => ({
  enabled: true,
  glancing: true,
  glanceEveryMs: 30_000,
  calibrated: true,
  calibrating: null,
  presence: null,
  verdict: null,
  heldDrift: null,
  today: { seenMinutes: 0, uprightPercent: null, hours: [] },
  problem: null,
  ...overrides,
})
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve))

function make(outcome: GlanceOutcome = { ok: true, face: FACE }) {
  const clock = new ManualClock(0)
  const reports: HostInput[] = []
  let takes = 0
  const loop = new GlanceLoop(
    clock,
    async () => {
      takes++
      return outcome
    },
    (input) => reports.push(input),
  )
  const advance = async (ms: number) => {
    clock.advance(ms)
    await settle()
    await settle()
  }
  return { clock, loop, reports, advance, takes: () => takes }
}

describe('the glance loop', () => {
  it('glances soon after the camera is turned on, then once per interval', async () => {
    const { loop, advance, reports, takes } = make()
    loop.update(view())
    await advance(0)
    expect(reports).toEqual([{ type: 'glance', face: FACE }])
    await advance(29_000)
    expect(takes()).toBe(1)
    await advance(1_000)
    await advance(30_000)
    await advance(30_000)
    expect(takes()).toBe(4)
  })

  it('takes none while the snapshot says away, locked or in a call, and none after it is off', async () => {
    const { loop, advance, takes, clock } = make()
    loop.update(view({ glancing: false }))
    await advance(120_000)
    expect(takes()).toBe(0)
    loop.update(view())
    await advance(0)
    loop.update(view({ glancing: false, enabled: false }))
    await advance(300_000)
    expect(takes()).toBe(1)
    expect(clock.pendingCount).toBe(0)
  })

  it('glances at once when a calibration waits', async () => {
    const { loop, advance, takes } = make()
    loop.update(view())
    await advance(5_000)
    loop.update(view({ calibrating: 'waiting' }))
    await advance(0)
    expect(takes()).toBe(2)
  })

  it('reports a camera that cannot be used as a problem, not as an empty desk', async () => {
    const { loop, advance, reports } = make({ ok: false, problem: 'denied' })
    loop.update(view())
    await advance(0)
    expect(reports).toEqual([{ type: 'camera-problem', problem: 'denied' }])
  })
})
