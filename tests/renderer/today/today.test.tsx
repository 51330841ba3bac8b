import { fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { advance, countdownText, MINUTE, openScreen, summaryValue, useFakeTime, work } from './helpers'

const PROMPT = { name: 'Time for a stretch break' }

beforeEach(useFakeTime)
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('today screen', () => {
  it('counts down to the next stretch break while the person works', async () => {
    openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    expect(countdownText()).toBe('30:00')
    await work(5 * MINUTE)
    expect(countdownText()).toBe('25:00')
    expect(screen.getByText(/^Sitting:/)).toBeTruthy()
  })

  it('shows the break prompt after 30 minutes of activity and moves focus to it', async () => {
    openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    await work(29 * MINUTE)
    expect(screen.queryByRole('alertdialog')).toBeNull()
    await work(1 * MINUTE + 10_000)
    const prompt = screen.getByRole('alertdialog', PROMPT)
    expect(document.activeElement).toBe(prompt)
    expect(within(prompt).getByText(/Stand up and move for 3 minutes/)).toBeTruthy()
    expect(within(prompt).getByText('Break length: 3 minutes')).toBeTruthy()
    // it came straight away, so it gives no reason
    expect(within(prompt).queryByText(/ended: time to stand up/)).toBeNull()
    expect(prompt.hasAttribute('aria-describedby')).toBe(false)
    expect(within(prompt).getByRole('button', { name: 'Start' }).getAttribute('aria-keyshortcuts')).toBe('S')
    expect(summaryValue('Time sitting')).toBe('30 min')
    expect(summaryValue('Longest stretch without a break')).toBe('30 min')
  })

  it('Snooze 10 hides the prompt, and it is back 10 minutes later', async () => {
    const user = openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    await work(30 * MINUTE + 10_000)
    await user.click(screen.getByRole('button', { name: 'Snooze 10 min' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(screen.getByText(/^Snoozed for 10 min more/)).toBeTruthy()
    await work(9 * MINUTE)
    expect(screen.queryByRole('alertdialog')).toBeNull()
    await work(1 * MINUTE + 10_000)
    expect(screen.getByRole('alertdialog', PROMPT)).toBeTruthy()
    expect(summaryValue('Snoozed')).toBe('1')
  })

  it('Skip records a skipped break in today’s summary and resets the countdown', async () => {
    const user = openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    expect(summaryValue('Skipped')).toBe('0')
    await work(30 * MINUTE + 10_000)
    await user.click(screen.getByRole('button', { name: 'Skip' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(summaryValue('Skipped')).toBe('1')
    expect(countdownText()).toMatch(/^(30:00|29:5\d)$/)
  })

  it('keyboard shortcuts: Z snoozes 10 minutes, S starts the break and opens the routine player', async () => {
    openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    await work(30 * MINUTE + 10_000)
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'z' })
    await advance(0)
    expect(screen.queryByRole('alertdialog')).toBeNull()
    await work(10 * MINUTE + 10_000)
    fireEvent.keyDown(screen.getByRole('alertdialog', PROMPT), { key: 's' })
    await advance(0)
    expect(window.location.hash).toBe('#/routines')
    expect(await screen.findByRole('heading', { level: 2, name: 'Two-minute break' })).toBeTruthy()
  })

  it('pausing for an hour keeps the prompt away, and says until when', async () => {
    const user = openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    await user.click(
      within(screen.getByRole('group', { name: 'Pause reminders' })).getByRole('button', { name: '1 hour' }),
    )
    expect(screen.getByText(/^Paused until 10:00/)).toBeTruthy()
    await work(55 * MINUTE)
    expect(screen.queryByRole('alertdialog')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Resume reminders' }))
    expect(screen.getByText(/^Sitting:/)).toBeTruthy()
  })

  it('a meeting holds reminders until it is over', async () => {
    const user = openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    await user.click(
      within(screen.getByRole('group', { name: 'I’m in a meeting' })).getByRole('button', { name: '60 min' }),
    )
    expect(screen.getByText(/^In a meeting: reminders wait 1 h more/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Meeting over' }))
    expect(screen.getByRole('group', { name: 'I’m in a meeting' })).toBeTruthy()
  })

  it('a break that waited for a meeting says so when it comes at the meeting’s end', async () => {
    const user = openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    await work(10 * MINUTE)
    await user.click(
      within(screen.getByRole('group', { name: 'I’m in a meeting' })).getByRole('button', { name: '30 min' }),
    )
    await work(29 * MINUTE)
    expect(screen.queryByRole('alertdialog')).toBeNull()
    await work(1 * MINUTE + 10_000)
    const prompt = screen.getByRole('alertdialog', PROMPT)
    const why = within(prompt).getByText('Your meeting ended: time to stand up')
    expect(prompt.getAttribute('aria-describedby')).toBe(why.id)
  })

  it('ignores the shortcuts while typing in a field', async () => {
    openScreen('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    await work(30 * MINUTE + 10_000)
    const input = document.createElement('input')
    document.body.append(input)
    fireEvent.keyDown(input, { key: 'k' })
    await advance(0)
    expect(screen.getByRole('alertdialog', PROMPT)).toBeTruthy()
    input.remove()
  })
})
