import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BreakScreenRole } from '../../../src/shared/hosting/break-screen'
import { breakScreenMode } from '../../../src/shared/hosting/break-screen'
import { browserHost } from '../../../src/renderer/src/host/browser'
import { SETTINGS_KEY } from '../../../src/renderer/src/host/browser-keys'
import { BreakScreen } from '../../../src/renderer/src/screens/break-screen/BreakScreen'
import { HostProvider, useSnapshot } from '../../../src/renderer/src/state/host-context'
import { renderApp } from '../render-app'
import { MINUTE, summaryValue, useFakeTime, work } from '../today/helpers'
import { advance, RETURNING_USER_SETTINGS, useRealTime } from '../support'

function storeMode(mode: 'firm' | 'strict') {
  window.localStorage.setItem(SETTINGS_KEY, JSON.stringify({ version: 2, reminders: { stretch: { mode } } }))
}

/** A break-screen window as the desktop opens it, with the word source the test picks. */
function Window({ role, random }: { role: BreakScreenRole; random: () => number }) {
  const snapshot = useSnapshot()
  if (!snapshot || !breakScreenMode(snapshot.reminders)) return null
  return <BreakScreen snapshot={snapshot} role={role} random={random} />
}

/**
 * The windows of the displays in `roles`: each in its own part of one document (the desktop has one per window).
 * Resolves once the companion runs (its code loads on demand), so page time moved afterwards reaches it.
 */
async function renderWindows(random: () => number, roles: BreakScreenRole[] = ['main', 'calm']) {
  const host = browserHost()
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
  render(
    <HostProvider host={host}>
      {roles.map((role) => (
        <div key={role} data-testid={role}>
          <Window role={role} random={random} />
        </div>
      ))}
    </HostProvider>,
  )
  await host.api.getSnapshot()
  return { host, user }
}

const main = () => within(screen.getByTestId('main'))
const calm = () => within(screen.getByTestId('calm'))

beforeEach(() => useFakeTime())
afterEach(() => {
  useRealTime()
  window.localStorage.setItem(SETTINGS_KEY, RETURNING_USER_SETTINGS)
})

describe('a strict break’s typed exit', () => {
  it('shows a word picked by the injected source; typing it exactly spends one exit', async () => {
    storeMode('strict')
    const { user, host } = await renderWindows(() => 0.3)
    await work(30 * MINUTE + 10_000)
    const dialog = main().getByRole('dialog', { name: 'Time for a stretch break' })
    expect(within(dialog).getByText('cloud')).toBeTruthy()
    const box = within(dialog).getByRole('textbox', { name: 'Type “cloud” to leave early' })
    // the calm screen on another display offers no way out
    expect(calm().queryByRole('textbox')).toBeNull()
    await user.type(box, 'Cloud')
    expect(main().getByRole('dialog')).toBeTruthy()
    await user.clear(box)
    await user.type(box, 'cloud')
    expect(main().queryByRole('dialog')).toBeNull()
    const snapshot = await host.api.getSnapshot()
    expect(snapshot.reminders.earlyExitsLeft).toBe(1)
  })

  it('offers neither exit once the day’s are spent, and says so', async () => {
    window.localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ version: 2, reminders: { stretch: { mode: 'strict' }, strictExitsPerDay: 1 } }),
    )
    const words = [0.99, 0]
    const { user } = await renderWindows(() => words.shift() ?? 0)
    await work(30 * MINUTE + 10_000)
    expect(main().getByText('1 early exit left today. Hold Esc for 3 seconds, or type the word below, to leave early.'))
    await user.type(main().getByRole('textbox', { name: 'Type “lantern” to leave early' }), 'lantern')
    await work(30 * MINUTE + 10_000)
    const dialog = main().getByRole('dialog', { name: 'Time for a stretch break' })
    expect(within(dialog).getByText('No early exits left today: this break runs to its end.')).toBeTruthy()
    expect(within(dialog).queryByRole('textbox')).toBeNull()
    expect(within(dialog).queryByRole('button', { name: 'Hold to leave early' })).toBeNull()
    fireEvent.keyDown(window, { key: 'Escape' })
    await advance(5000)
    expect(main().getByRole('dialog')).toBeTruthy()
  })
})

describe('the routine player on the break screen', () => {
  it('is not on the calm screens of the other displays: they keep the countdown', async () => {
    storeMode('firm')
    const { user } = await renderWindows(() => 0)
    await work(30 * MINUTE + 10_000)
    await user.click(main().getByRole('button', { name: 'Start' }))
    expect(await main().findByRole('heading', { level: 2, name: 'Two-minute break' })).toBeTruthy()
    expect(calm().queryByRole('heading', { name: 'Two-minute break' })).toBeNull()
    expect(calm().getByText('Your break is on the other screen.')).toBeTruthy()
    expect(calm().getByText('About 3 min left.')).toBeTruthy()
  })

  it('plays a firm stretch break step by step on the cursor’s display, with the keyboard, and Esc still ends it', async () => {
    storeMode('firm')
    const { user } = await renderWindows(() => 0, ['main'])
    await work(30 * MINUTE + 10_000)
    await user.click(main().getByRole('button', { name: 'Start' }))
    const dialog = main().getByRole('dialog', { name: 'Break time' })
    const heading = await within(dialog).findByRole('heading', { level: 2, name: 'Two-minute break' })
    expect(document.activeElement).toBe(heading)
    expect(within(dialog).getByText('Get ready', { selector: '.player-phase' })).toBeTruthy()
    expect(within(dialog).getByText('Step 1 of 4')).toBeTruthy()
    expect(within(dialog).getByText('About 3 min left.').getAttribute('aria-live')).toBe('polite')

    await advance(5000)
    expect(within(dialog).getByText('Stand up and move', { selector: '.player-phase' })).toBeTruthy()
    await user.keyboard('{ArrowRight}')
    expect(within(dialog).getByText('Step 2 of 4')).toBeTruthy()
    await user.keyboard(' ')
    expect(await within(dialog).findByText('Paused.')).toBeTruthy()
    expect(within(dialog).getByText('Keys: Space pauses or resumes, ← goes back, → skips.')).toBeTruthy()

    fireEvent.keyDown(window, { key: 'Escape' })
    await advance(0)
    expect(main().queryByRole('dialog')).toBeNull()
    expect(screen.queryByRole('alertdialog', { name: 'End this routine?' })).toBeNull()
  })
})

describe('the routine player in the page’s break screen', () => {
  it('leaves Esc to the break: the Routines screen’s own player under the cover does not take it', async () => {
    storeMode('firm')
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    renderApp('#/routines')
    await work(30 * MINUTE + 10_000)
    await user.click(screen.getByRole('button', { name: 'Start' }))
    const dialog = screen.getByRole('dialog', { name: 'Break time' })
    await within(dialog).findByRole('heading', { level: 2, name: 'Two-minute break' })
    await advance(5000)
    expect(within(dialog).getByText('Stand up and move', { selector: '.player-phase' })).toBeTruthy()
    await user.keyboard('{ArrowRight}')
    expect(screen.getAllByRole('heading', { name: 'Two-minute break', hidden: true })).toHaveLength(2)
    expect(within(dialog).getByText('Step 2 of 4')).toBeTruthy()
    // Esc is the break's: the player under the cover does not open its own "End this routine?" there
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: 'Break time' })).toBeNull()
    expect(screen.queryByRole('alertdialog', { name: 'End this routine?', hidden: true })).toBeNull()
  })
})

describe('"Break in 30 seconds" in the page', () => {
  it('shows a banner with Snooze and Skip before a firm break, and Snooze puts the break off', async () => {
    storeMode('firm')
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
    renderApp('#/today')
    await work(29 * MINUTE + 40_000)
    expect(screen.getByText('Break in 30 seconds').getAttribute('role')).toBe('status')
    expect(screen.queryByRole('dialog')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Snooze 5 min' }))
    await advance(0)
    expect(screen.queryByText('Break in 30 seconds')).toBeNull()
    expect(summaryValue('Snoozed')).toBe('1')
    await work(MINUTE)
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.queryByText('Break in 30 seconds')).toBeNull()
  })
})
