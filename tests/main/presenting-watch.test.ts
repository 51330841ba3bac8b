import { describe, expect, it } from 'vitest'
import type { PresentingReading } from '../../src/main/call-detection/presenting-x11'
import { presentingReader } from '../../src/main/presenting-watch'
import type { DetectorHealth } from '../../src/shared/contract/contract'

const WAYLAND = { text: 'Wayland keeps other programs’ windows private, so Unknot cannot see a fullscreen one.' }

describe('the presenting reader the idle watch asks', () => {
  it('answers from the window in front and tells the core whether it can tell, and why not', async () => {
    const readings: PresentingReading[] = [
      { presenting: true },
      { presenting: false },
      { presenting: 'unknown', reason: WAYLAND },
    ]
    const reported: DetectorHealth[] = []
    const read = presentingReader(
      async () => readings.shift()!,
      (health) => reported.push(health),
    )
    expect(await read()).toBe(true)
    expect(await read()).toBe(false)
    // a check that cannot tell ends a presentation rather than hold every break from then on
    expect(await read()).toBe(false)
    expect(reported).toEqual([{ status: 'ok' }, { status: 'ok' }, { status: 'unknown', reason: WAYLAND }])
  })
})
