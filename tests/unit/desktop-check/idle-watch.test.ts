import { describe, expect, it } from 'vitest'
import { watchIdle, type Finding } from '../../../src/shared/desktop-check'
import { ManualClock } from '../../support/manual-clock'

/** Watches readings that follow `idleAt(second)`, and reports what it found and after how long. */
function watch(idleAt: (second: number) => number) {
  const clock = new ManualClock(0)
  let found: Finding | undefined
  let foundAtMs: number | undefined
  void watchIdle(clock, () => idleAt(Math.round(clock.monotonic() / 1000))).then((finding) => {
    found = finding
    foundAtMs = clock.monotonic()
  })
  return {
    clock,
    after: async (ms: number) => {
      clock.advance(ms)
      await Promise.resolve()
      return { found, foundAtMs }
    },
  }
}

describe('the idle watch of "Check my desktop"', () => {
  it('says idle time works as soon as it grew during a pause and fell when typing began again', async () => {
    // typing until 2 s, a pause to 5 s, typing again
    const { after } = watch((second) => (second <= 2 ? 0 : second <= 5 ? second - 2 : 0))
    expect((await after(5_000)).found).toBeUndefined()
    expect(await after(1_000)).toEqual({ found: 'idle-moves', foundAtMs: 6_000 })
  })

  it('waits the whole minute on readings stuck at 0, then says so (the Wayland case)', async () => {
    const { after, clock } = watch(() => 0)
    expect((await after(59_000)).found).toBeUndefined()
    expect(await after(1_000)).toEqual({ found: 'idle-stuck-at-zero', foundAtMs: 60_000 })
    expect(clock.pendingCount).toBe(0)
  })

  it('cannot tell when idle only grew: nobody typed', async () => {
    const { after } = watch((second) => second + 30)
    expect((await after(60_000)).found).toBe('idle-no-typing')
  })
})
