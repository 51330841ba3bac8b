import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { advance, MINUTE, openScreen, summaryValue, useFakeTime, work } from './helpers'

const PROMPT = { name: 'Time for a stretch break' }

beforeEach(useFakeTime)
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('putting breaks off', () => {
  it('after three snoozes in a row the snooze buttons are disabled and the prompt says so plainly', async () => {
    const user = openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    await work(30 * MINUTE + 10_000)
    for (let snooze = 0; snooze < 3; snooze++) {
      await user.click(screen.getByRole('button', { name: 'Snooze 10 min' }))
      await work(10 * MINUTE + 10_000)
    }
    const prompt = screen.getByRole('alertdialog', PROMPT)
    const firm = within(prompt).getByText(/put this break off 3 times in a row/)
    const snoozeTen = within(prompt).getByRole('button', { name: 'Snooze 10 min' }) as HTMLButtonElement
    expect(snoozeTen.disabled).toBe(true)
    expect((within(prompt).getByRole('button', { name: 'Snooze 5 min' }) as HTMLButtonElement).disabled).toBe(true)
    expect(snoozeTen.getAttribute('aria-describedby')).toBe(firm.id)
    // Z does nothing now; Start and Skip still work (no lock-out).
    await user.keyboard('z')
    expect(screen.getByRole('alertdialog', PROMPT)).toBeTruthy()
    await user.keyboard('k')
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(summaryValue('Snoozed')).toBe('3')
    expect(summaryValue('Skipped')).toBe('1')
  })

  it('after three skipped stretch breaks in a row Today says so, without locking anything', async () => {
    const user = openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    for (let skip = 0; skip < 3; skip++) {
      expect(screen.queryByText(/skipped 3 stretch breaks in a row/)).toBeNull()
      await work(30 * MINUTE + 10_000)
      await user.click(screen.getByRole('button', { name: 'Skip' }))
    }
    expect(screen.getByText(/You have skipped 3 stretch breaks in a row/)).toBeTruthy()
    expect(summaryValue('Skipped')).toBe('3')
    expect((screen.getByRole('button', { name: 'Start a stretch now' }) as HTMLButtonElement).disabled).toBe(false)
  })

  it('focus returns to the countdown heading when the prompt goes away', async () => {
    const user = openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    await work(30 * MINUTE + 10_000)
    await user.click(screen.getByRole('button', { name: 'Skip' }))
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Next break in' }))
  })
})

describe('on a break', () => {
  it('shows the time left and ends the break on request', async () => {
    const user = openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    await work(MINUTE)
    await user.click(screen.getByRole('button', { name: 'Start a stretch now' }))
    expect(window.location.hash).toBe('#/routines')
    window.location.hash = '#/today'
    const heading = await screen.findByRole('heading', { level: 2, name: /On a stretch break/ })
    expect(heading.textContent).toBe('On a stretch break: 3:00 left')
    await advance(90_000)
    // Within a second of 1:30: the local countdown ticks on whole seconds of the wall clock.
    expect(heading.textContent).toMatch(/^On a stretch break: 1:(29|30|31) left$/)
    expect(screen.getByRole('link', { name: 'Open the break routine' })).toBeTruthy()
    expect(summaryValue('Breaks taken')).toBe('1')
    await user.click(screen.getByRole('button', { name: 'End break' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Next break in' })).toBeTruthy()
  })
})
