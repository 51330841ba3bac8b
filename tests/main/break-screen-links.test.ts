import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { app, BrowserWindow, shell } from './fake-electron'
import { companionOn } from './test-companion'
import { setupBreakScreens } from '../../src/main/setup-break-screens'
import type { Companion } from '../../src/shared/app/companion'
import { SOURCE_URLS } from '../../src/shared/content/sources'
import { ManualClock } from '../support/manual-clock'

let clock: ManualClock
let companion: Companion
let stop: () => void

beforeEach(async () => {
  await app.whenReady()
  clock = new ManualClock(Date.parse('2026-11-25T10:00:00Z'))
  companion = companionOn(clock)
  companion.observe({ type: 'idle', seconds: 0 })
  stop = setupBreakScreens({ companion, outDir: '/opt/unknot/out' })
  shell.opened.length = 0
})
afterEach(() => {
  stop()
  companion.dispose()
})

/** A firm stretch break falls due, so a break screen opens: a window of its own, which must treat links as the main one does. */
function firmBreakOnScreen(): BrowserWindow {
  const mode = companion.dispatch({
    type: 'updateSettings',
    payload: { patch: { reminders: { stretch: { mode: 'firm' } } } },
  })
  expect(mode.ok).toBe(true)
  while (!companion.getSnapshot().reminders.prompt) {
    clock.advance(10_000)
    companion.observe({ type: 'idle', seconds: 0 })
  }
  const [window] = BrowserWindow.getAllWindows()
  if (!window) throw new Error('no break screen opened')
  return window
}

describe('the break screen, as setupBreakScreens builds it, opens cited sources in the system browser', () => {
  it('opens a cited https source and refuses anything else, never in a new window', () => {
    const contents = firmBreakOnScreen().webContents
    const cited = SOURCE_URLS.filter((url) => url.startsWith('https:'))
    for (const url of cited) expect(contents.openWindow(url)).toEqual({ action: 'deny' })
    expect(shell.opened).toEqual(cited)

    shell.opened.length = 0
    for (const url of ['https://evil.example/', 'http://www.nhs.uk/conditions/back-pain/', 'file:///etc/passwd']) {
      expect(contents.openWindow(url)).toEqual({ action: 'deny' })
      expect(contents.tryEvent('will-navigate', url)).toBe(true)
    }
    expect(shell.opened).toEqual([])
  })
})
