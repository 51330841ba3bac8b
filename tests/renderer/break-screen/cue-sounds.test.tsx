import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { browserHost } from '../../../src/renderer/src/host/browser'
import { SETTINGS_KEY } from '../../../src/renderer/src/host/browser-keys'
import type { Host } from '../../../src/renderer/src/host/types'
import { BreakScreenPage } from '../../../src/renderer/src/screens/break-screen/BreakScreenPage'
import { HostProvider } from '../../../src/renderer/src/state/host-context'
import { renderApp } from '../render-app'
import { FakeAudioContext } from '../sound-fakes'
import { advance, RETURNING_USER_SETTINGS, useRealTime } from '../support'
import { MINUTE, useFakeTime, work } from '../today/helpers'

/** The two notes of the routine's first step, as the chimer plays them. */
const START_CHIME = [523.25, 523.25 * 2.01, 659.25, 659.25 * 2.01]
/** Every note played by any window of the document, in order. */
const played = () => FakeAudioContext.instances.flatMap((context) => context.frequencies)

function firmStretchBreaksWithChimes() {
  window.localStorage.setItem(
    SETTINGS_KEY,
    JSON.stringify({
      version: 2,
      reminders: { stretch: { mode: 'firm' } },
      sound: { chimes: true, spokenCues: false, volume: 0.5 },
    }),
  )
}

const typing = () => userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })

/** Starts the firm stretch break in the dialog `within`, then lets its get-ready pass. */
async function startTheBreak(dialog: HTMLElement, user: ReturnType<typeof typing>) {
  await user.click(within(dialog).getByRole('button', { name: 'Start' }))
  await within(dialog).findByRole('heading', { level: 2, name: 'Two-minute break' })
  await advance(5000)
}

beforeEach(() => {
  useFakeTime()
  FakeAudioContext.instances = []
  vi.stubGlobal('AudioContext', FakeAudioContext)
  firmStretchBreaksWithChimes()
})
afterEach(() => {
  useRealTime()
  vi.unstubAllGlobals()
  window.localStorage.setItem(SETTINGS_KEY, RETURNING_USER_SETTINGS)
})

describe('the cues of a routine played on a firm break’s screen', () => {
  it.each(['#/today', '#/routines'])(
    'sound once in the page, whatever screen is under the cover (%s)',
    async (hash) => {
      const user = typing()
      renderApp(hash)
      await work(30 * MINUTE + 10_000)
      await startTheBreak(screen.getByRole('dialog', { name: 'Time for a stretch break' }), user)
      expect(played()).toEqual(START_CHIME)
    },
  )

  it('sound from the desktop’s break window on the main display, never from the calm ones', async () => {
    const host = browserHost()
    const user = typing()
    render(
      <HostProvider host={host}>
        <div data-testid="main">
          <BreakScreenPage role="main" />
        </div>
        <div data-testid="calm">
          <BreakScreenPage role="calm" />
        </div>
      </HostProvider>,
    )
    await host.api.getSnapshot()
    await work(30 * MINUTE + 10_000)
    const main = within(screen.getByTestId('main'))
    await startTheBreak(main.getByRole('dialog', { name: 'Time for a stretch break' }), user)
    expect(played()).toEqual(START_CHIME)
    expect(FakeAudioContext.instances).toHaveLength(1)
  })

  it('do not sound in the desktop’s main window under its cover: the break window plays them', async () => {
    const companion = browserHost()
    const desktop: Host = { ...companion, kind: 'electron' }
    const user = typing()
    renderApp('#/routines', desktop)
    await work(30 * MINUTE + 10_000)
    const dialog = screen.getByRole('dialog', { name: 'Time for a stretch break' })
    await startTheBreak(dialog, user)
    expect(within(dialog).getByText('Stand up and move', { selector: '.player-phase' })).toBeTruthy()
    expect(played()).toEqual([])
  })
})
