import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { app, BrowserWindow, fakeDisplay, screen, shell } from './fake-electron'
import { companionOn } from './test-companion'
import { setupBreakScreens } from '../../src/main/setup-break-screens'
import type { Companion } from '../../src/shared/app/companion'
import { SOURCE_URLS } from '../../src/shared/content/sources'
import { ManualClock } from '../support/manual-clock'
import { onPlatform } from './platform'

let clock: ManualClock
let companion: Companion
let stop: () => void

const live = () => BrowserWindow.getAllWindows()
const roleOf = (window: BrowserWindow) => new URL(window.loadedUrl ?? '', 'unknot://app/').hash.split('role=')[1]
const onDisplay = (window: BrowserWindow) => window.options.x

/** Sits until the stretch break is due: an idle reading every 10 s, as the desktop host takes them. */
function sitUntilDue(): void {
  while (!companion.getSnapshot().reminders.prompt) {
    clock.advance(10_000)
    companion.observe({ type: 'idle', seconds: 0 })
  }
}

function withMode(mode: 'gentle' | 'firm' | 'strict'): void {
  const result = companion.dispatch({
    type: 'updateSettings',
    payload: { patch: { reminders: { stretch: { mode } } } },
  })
  expect(result.ok).toBe(true)
}

beforeEach(async () => {
  await app.whenReady()
  clock = new ManualClock(Date.parse('2026-11-25T10:00:00Z'))
  companion = companionOn(clock)
  companion.observe({ type: 'idle', seconds: 0 })
  stop = setupBreakScreens({ companion, outDir: '/opt/unknot/out' })
})
afterEach(() => {
  stop()
  companion.dispose()
})

describe('break screens on the desktop', () => {
  it('never takes the screen for a gentle break', () => {
    sitUntilDue()
    expect(live()).toEqual([])
  })

  it.each([1, 2, 3])('covers each of %i displays, the break itself where the cursor is', (count) => {
    screen.displays = Array.from({ length: count }, (_, i) => fakeDisplay(i + 1, i * 1920))
    screen.cursor = { x: (count - 1) * 1920 + 500, y: 300 }
    withMode('firm')
    sitUntilDue()
    expect(live()).toHaveLength(count)
    expect(live().map(onDisplay).sort()).toEqual(screen.displays.map((display) => display.bounds.x).sort())
    const main = live().filter((window) => roleOf(window) === 'main')
    expect(main.map(onDisplay)).toEqual([(count - 1) * 1920])
    expect(live().filter((window) => roleOf(window) === 'calm')).toHaveLength(count - 1)
    expect(live()[0]!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    })
    expect(live()[0]!.loadedUrl).toMatch(/^unknot:\/\/app\/break\.html#\/break-screen\?role=(main|calm)$/)
    companion.dispatch({ type: 'skipBreak' })
    expect(live()).toEqual([])
    expect(BrowserWindow.instances.every((window) => window.isDestroyed())).toBe(true)
  })

  it('follows a display plugged in and one unplugged during the break', () => {
    screen.displays = [fakeDisplay(1, 0), fakeDisplay(2, 1920)]
    screen.cursor = { x: 2000, y: 10 }
    withMode('strict')
    sitUntilDue()
    expect(live()).toHaveLength(2)
    screen.plugIn(fakeDisplay(3, 3840))
    expect(live()).toHaveLength(3)
    expect(roleOf(live().find((window) => onDisplay(window) === 3840)!)).toBe('calm')
    // the display with the break goes: the break moves to where the cursor now is
    screen.cursor = { x: 100, y: 10 }
    screen.unplug(2)
    expect(live()).toHaveLength(2)
    expect(
      live()
        .map((window) => [onDisplay(window), roleOf(window)])
        .sort(),
    ).toEqual([
      [0, 'main'],
      [3840, 'calm'],
    ])
  })

  it('keeps a strict break up until it has run, then destroys every window', () => {
    screen.displays = [fakeDisplay(1, 0), fakeDisplay(2, 1920)]
    withMode('strict')
    sitUntilDue()
    expect(companion.dispatch({ type: 'skipBreak' }).ok).toBe(false)
    companion.dispatch({ type: 'startBreak' })
    expect(live()).toHaveLength(2)
    clock.advance(179_000)
    expect(live()).toHaveLength(2)
    clock.advance(1000)
    expect(live()).toEqual([])
  })

  it('leaves no window alive after 200 firm breaks on two displays', () => {
    screen.displays = [fakeDisplay(1, 0), fakeDisplay(2, 1920)]
    withMode('firm')
    // a break started from the tray takes the screens as a due one does; ending it must free them every time
    for (let i = 0; i < 200; i++) {
      expect(companion.dispatch({ type: 'startBreak', payload: { kind: 'stretch' } }).ok).toBe(true)
      expect(live()).toHaveLength(2)
      expect(companion.dispatch({ type: 'endBreak' }).ok).toBe(true)
    }
    expect(BrowserWindow.instances).toHaveLength(400)
    expect(live()).toEqual([])
  })

  it('stops following the displays when the host stops', () => {
    withMode('firm')
    sitUntilDue()
    stop()
    expect(live()).toEqual([])
    expect(screen.listenerCount('display-added')).toBe(0)
    stop = () => undefined
  })

  it.each([
    ['darwin', { workspaces: true, fullScreen: true }],
    ['linux', { workspaces: true, fullScreen: false }],
    ['win32', { workspaces: false, fullScreen: false }],
  ] as const)('on %s, puts every break screen as high as the platform allows', (platform, expected) => {
    onPlatform(platform)
    screen.displays = [fakeDisplay(1, 0), fakeDisplay(2, 1920)]
    withMode('strict')
    sitUntilDue()
    expect(live()).toHaveLength(2)
    for (const window of live()) {
      // above the Dock and menu bar on macOS, above the taskbar on Windows
      expect(window.alwaysOnTopLevel).toBe('screen-saver')
      expect(window.visibleOnAllWorkspaces).toBe(expected.workspaces)
      expect(window.visibleOnFullScreen).toBe(expected.fullScreen)
    }
  })
})

describe('links on a break screen', () => {
  it('hand cited https sources to the system browser and refuse anything else, never in a new window', () => {
    withMode('firm')
    sitUntilDue()
    const contents = live()[0]!.webContents
    shell.opened.length = 0
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
