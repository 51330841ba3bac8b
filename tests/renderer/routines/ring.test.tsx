import { screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { advance, openRoutines, startBreak, timerText, useFakeTime } from './helpers'

/** Where the ring's arc stands: its animations' length, offset (a negative delay) and whether they run. */
function arcTiming(): { duration: string; delay: string; state: string } {
  const arcs = document.querySelector<HTMLElement>('.countdown-ring .ring-arcs')
  if (!arcs) throw new Error('no ring on the page')
  const value = (name: string) => arcs.style.getPropertyValue(name)
  return { duration: value('--ring-duration'), delay: value('--ring-delay'), state: value('--ring-state') }
}

/** Asks the page for less motion, as a system setting would. */
function preferReducedMotion(): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(prefers-reduced-motion: reduce)',
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }))
}

describe('the routine countdown ring', () => {
  beforeEach(useFakeTime)
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('runs its arc as one animation the length of the step, and a second changes nothing in it', async () => {
    const user = openRoutines()
    await startBreak(user)
    await advance(5_000)
    expect(timerText()).toBe('30 seconds left in this step')
    expect(arcTiming()).toEqual({ duration: '30000ms', delay: '0ms', state: 'running' })

    const ring = document.querySelector('.countdown-ring .ring-arcs')!
    const changes = new MutationObserver(() => {})
    changes.observe(ring, { attributes: true, childList: true, subtree: true, characterData: true })
    await advance(12_000)
    expect(timerText()).toBe('18 seconds left in this step')
    expect(screen.getByText('0:18')).toBeTruthy()
    expect(changes.takeRecords()).toEqual([])
    expect(document.querySelector('.countdown-ring .ring-arcs')).toBe(ring)
  })

  it('stands at the count when paused, and runs on from there, worked out from the timestamps', async () => {
    const user = openRoutines()
    await startBreak(user)
    await advance(5_000 + 12_000)
    await user.keyboard(' ')
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy()
    // 12 of the step's 30 seconds are gone: the arc stands at 18 s of 30, as the count says.
    expect(timerText()).toBe('18 seconds left in this step')
    expect(arcTiming()).toEqual({ duration: '30000ms', delay: '-12000ms', state: 'paused' })
    await advance(20_000)
    expect(arcTiming()).toEqual({ duration: '30000ms', delay: '-12000ms', state: 'paused' })

    await user.keyboard(' ')
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy()
    expect(arcTiming()).toEqual({ duration: '30000ms', delay: '-12000ms', state: 'running' })
    await advance(3_000)
    await user.keyboard('{ArrowRight}')
    expect(screen.getByText('Step 2 of 4')).toBeTruthy()
    expect(timerText()).toBe('20 seconds left in this step')
    expect(arcTiming()).toEqual({ duration: '20000ms', delay: '0ms', state: 'running' })
  })

  it('with reduced motion, holds still and steps once a second with the count', async () => {
    preferReducedMotion()
    const user = openRoutines()
    await startBreak(user)
    await advance(5_000)
    expect(arcTiming()).toEqual({ duration: '30000ms', delay: '0ms', state: 'paused' })
    await advance(3_000)
    expect(timerText()).toBe('27 seconds left in this step')
    expect(arcTiming()).toEqual({ duration: '30000ms', delay: '-3000ms', state: 'paused' })
    await advance(500)
    expect(arcTiming().delay).toBe('-3000ms')
    await advance(500)
    expect(timerText()).toBe('26 seconds left in this step')
    expect(arcTiming().delay).toBe('-4000ms')
  })
})
