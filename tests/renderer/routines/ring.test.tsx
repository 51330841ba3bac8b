import { screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { advance, openRoutines, startBreak, timerText, useFakeTime } from './helpers'

function ringArcs(): HTMLElement {
  const arcs = document.querySelector<HTMLElement>('.countdown-ring .ring-arcs')
  if (!arcs) throw new Error('no ring on the page')
  return arcs
}

/** The fraction of the step the ring's arc shows as left (routines.css turns the half-rings from it). */
function arcLeft(): number {
  return Number(ringArcs().style.getPropertyValue('--ring-left'))
}

describe('the routine countdown ring', () => {
  beforeEach(useFakeTime)
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('shows the part of the step the count has left, stepped each second', async () => {
    const user = openRoutines()
    await startBreak(user)
    expect(timerText()).toBe('5 seconds left in this step')
    expect(arcLeft()).toBe(1)
    await advance(2_000)
    expect(arcLeft()).toBe(3 / 5)
    await advance(3_000)
    expect(timerText()).toBe('30 seconds left in this step')
    expect(arcLeft()).toBe(1)
    await advance(12_000)
    expect(timerText()).toBe('18 seconds left in this step')
    expect(arcLeft()).toBe(18 / 30)
    await advance(999)
    expect(arcLeft()).toBe(18 / 30)
    await advance(1)
    expect(arcLeft()).toBe(17 / 30)
  })

  it('a second changes the arc’s fraction and the time written in the middle, and nothing else in the ring', async () => {
    const user = openRoutines()
    await startBreak(user)
    await advance(5_000)
    const ring = document.querySelector('.countdown-ring')!
    const drawing = ringArcs().innerHTML
    const changes = new MutationObserver(() => {})
    changes.observe(ring, { attributes: true, childList: true, characterData: true, subtree: true })
    await advance(12_000)
    expect(timerText()).toBe('18 seconds left in this step')
    expect(arcLeft()).toBe(18 / 30)
    expect(ringArcs().innerHTML).toBe(drawing)
    const label = ring.querySelector('.ring-label')!
    const elsewhere = changes
      .takeRecords()
      .filter((record) => record.target !== ringArcs() && !label.contains(record.target))
    expect(elsewhere).toEqual([])
  })

  it('stands at the count when paused, and runs on from there after Resume and Skip', async () => {
    const user = openRoutines()
    await startBreak(user)
    await advance(5_000 + 12_000)
    await user.keyboard(' ')
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy()
    expect(timerText()).toBe('18 seconds left in this step')
    expect(arcLeft()).toBe(18 / 30)
    await advance(20_000)
    expect(arcLeft()).toBe(18 / 30)

    await user.keyboard(' ')
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy()
    await advance(3_000)
    expect(timerText()).toBe('15 seconds left in this step')
    expect(arcLeft()).toBe(15 / 30)
    await user.keyboard('{ArrowRight}')
    expect(screen.getByText('Step 2 of 4')).toBeTruthy()
    expect(timerText()).toBe('20 seconds left in this step')
    expect(arcLeft()).toBe(1)
  })
})
