import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { app } from './fake-electron'
import { companionOn } from './test-companion'
import { hostLanguage } from '../../src/main/language'
import { ANSWER_TIMEOUT_MS, runCommandLine } from '../../src/main/command-line/client'
import { handleCommandLineLaunch, setupCommandLine } from '../../src/main/setup-command-line'
import { claimSingleInstance } from '../../src/main/single-instance'
import type { Companion } from '../../src/shared/app/companion'
import { ManualClock } from '../support/manual-clock'

const WEDNESDAY_10AM = Date.parse('2026-11-25T10:00:00Z')

let clock: ManualClock
let companion: Companion
let shownRoutines: number
let printed: { out: string; err: string }

/** The running Unknot: its companion answers command lines. */
function startUnknot(): void {
  clock = new ManualClock(WEDNESDAY_10AM)
  companion = companionOn(clock)
  companion.observe({ type: 'idle', seconds: 0 })
  shownRoutines = 0
  setupCommandLine({
    companion,
    t: hostLanguage('en').t,
    showRoutines: () => shownRoutines++,
    now: () => clock.now(),
  })
}

/** A second launch, `unknot <words>` from a terminal: the exit code it ends with. */
async function unknot(...words: string[]): Promise<number> {
  app.hasSingleInstanceLock = false
  app.secondLaunchArgs = words
  const exits = app.exitCodes.length
  printed = { out: '', err: '' }
  expect(await handleCommandLineLaunch(['/usr/bin/electron', '.', ...words])).toBe(true)
  expect(app.exitCodes).toHaveLength(exits + 1)
  return app.exitCodes.at(-1)!
}

beforeEach(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation((text) => ((printed.out += String(text)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((text) => ((printed.err += String(text)), true))
  startUnknot()
})
afterEach(() => {
  vi.restoreAllMocks()
  companion.dispose()
})

describe('the command line, through a second launch of Unknot', () => {
  it('prints the status as one JSON object and exits 0', async () => {
    expect(await unknot('status', '--json')).toBe(0)
    expect(printed.err).toBe('')
    expect(printed.out.endsWith('\n')).toBe(true)
    expect(printed.out.trim().split('\n')).toHaveLength(1)
    expect(JSON.parse(printed.out)).toEqual({
      running: true,
      status: 'working',
      nextBreak: { kind: 'stretch', inSeconds: 1800 },
      paused: false,
      pausedUntil: null,
      inCall: false,
      inMeeting: false,
      mode: 'gentle',
      modes: { stretch: 'gentle', micro: 'gentle', water: 'gentle' },
      earlyExitsLeft: 2,
    })
    // the command went through Electron's single-instance lock, as data beside argv
    expect(app.lockRequests.at(-1)).toMatchObject({ unknotCommandLine: { args: ['status', '--json'] } })
  })

  it('counts the next break down in the status as time passes', async () => {
    for (let i = 0; i < 60; i++) {
      clock.advance(10_000)
      companion.observe({ type: 'idle', seconds: 0 })
    }
    await unknot('status', '--json')
    expect(JSON.parse(printed.out).nextBreak).toEqual({ kind: 'stretch', inSeconds: 1200 })
    await unknot('status')
    expect(printed.out).toBe('Next break in 20 min.\n')
  })

  it('pauses and resumes through the same commands as the window', async () => {
    expect(await unknot('pause', '30m')).toBe(0)
    expect(printed.out).toBe('Done.\n')
    expect(companion.getSnapshot().reminders.status).toBe('paused')
    await unknot('status', '--json')
    expect(JSON.parse(printed.out)).toMatchObject({ paused: true, pausedUntil: '2026-11-25T10:30:00.000Z' })
    expect(await unknot('resume')).toBe(0)
    expect(companion.getSnapshot().reminders.pause).toBeNull()
    expect(await unknot('pause', 'indefinitely')).toBe(0)
    expect(companion.getSnapshot().reminders.pause).toEqual({ indefinite: true })
    expect(await unknot('resume')).toBe(0)
    expect(await unknot('pause', 'tomorrow')).toBe(0)
    expect(companion.getSnapshot().reminders.pause).toEqual({ untilWall: Date.parse('2026-11-26T09:00:00Z') })
  })

  it('holds breaks for a meeting of any length a script gives', async () => {
    expect(await unknot('meeting', '45m')).toBe(0)
    expect(companion.getSnapshot().reminders.meetingForMs).toBe(45 * 60_000)
    await unknot('status', '--json')
    expect(JSON.parse(printed.out)).toMatchObject({ status: 'meeting', inMeeting: true })
  })

  it('starts a stretch break and opens the routine player', async () => {
    expect(await unknot('stretch')).toBe(0)
    expect(companion.getSnapshot().reminders.onBreak?.kind).toBe('stretch')
    expect(shownRoutines).toBe(1)
  })

  it('snoozes the break that is due, and says plainly when Unknot refuses (exit 1)', async () => {
    expect(await unknot('snooze', '10m')).toBe(1)
    expect(printed.err).toBe('There is no break to snooze.\n')
    for (let i = 0; i < 181; i++) {
      clock.advance(10_000)
      companion.observe({ type: 'idle', seconds: 0 })
    }
    expect(companion.getSnapshot().reminders.prompt?.kind).toBe('stretch')
    expect(await unknot('snooze', '10m')).toBe(0)
    expect(companion.getSnapshot().reminders.snoozedForMs).toBe(10 * 60_000)
  })

  it('cannot snooze a strict break from the command line either', async () => {
    companion.dispatch({ type: 'updateSettings', payload: { patch: { reminders: { stretch: { mode: 'strict' } } } } })
    for (let i = 0; i < 181; i++) {
      clock.advance(10_000)
      companion.observe({ type: 'idle', seconds: 0 })
    }
    expect(await unknot('snooze', '10m')).toBe(1)
    expect(printed.err).toBe('A strict break cannot be snoozed.\n')
    await unknot('status', '--json')
    expect(JSON.parse(printed.out)).toMatchObject({ status: 'due', mode: 'strict' })
  })

  it.each([
    [['pause', '2h'], 'Pause for 30 minutes, 1 hour, until tomorrow, or until you resume.'],
    [['pause'], 'Say how long to pause: 30m, 1h, tomorrow or indefinitely.'],
    [['snooze', '7m'], 'Snooze for 5, 10, 15 or 30 minutes.'],
    [['snooze', 'soon'], 'Say how long to snooze, such as 10m.'],
    [['meeting', '9h'], 'A meeting lasts 5 to 240 whole minutes.'],
    [['resume', 'now'], '"resume" does not take "now".'],
    [['status', '--yaml'], '"status" takes only --json.'],
    [['dance'], 'Unknot has no command "dance". Run unknot --help to see them.'],
  ])('refuses `unknot %j` with one line and exit 2, sending nothing', async (words, line) => {
    const before = companion.getSnapshot()
    expect(await unknot(...words)).toBe(2)
    expect(printed).toEqual({ out: '', err: `${line}\n` })
    expect(app.lockRequests).toEqual([])
    expect(companion.getSnapshot()).toBe(before)
  })

  it('prints its help and exits 0', async () => {
    expect(await unknot('--help')).toBe(0)
    expect(printed.out).toMatch(/^Usage: unknot \[command\]\n {2}pause 30m\|1h\|tomorrow\|indefinitely/)
    expect(printed.out).toMatch(/3 Unknot is not running\.\n$/)
  })

  it('says so and exits 3 when Unknot is not running, and does not stay running itself', async () => {
    app.hasSingleInstanceLock = true
    app.removeAllListeners('second-instance')
    printed = { out: '', err: '' }
    await handleCommandLineLaunch(['/usr/bin/electron', '.', 'status', '--json'])
    expect(app.exitCodes).toEqual([3])
    expect(printed.err).toBe('Unknot is not running.\n')
    expect(app.lockReleases).toBe(1)
  })

  it('leaves an ordinary start alone: no words, or only switches the system added', async () => {
    expect(await handleCommandLineLaunch(['/usr/bin/electron', '.'])).toBe(false)
    expect(await handleCommandLineLaunch(['/usr/bin/electron', '.', '--no-sandbox'])).toBe(false)
    expect(app.lockRequests).toEqual([])
  })

  it('shows the window for a plain second launch, never for a command', async () => {
    app.hasSingleInstanceLock = true
    let shown = 0
    claimSingleInstance(() => shown++)
    await unknot('status')
    expect(shown).toBe(0)
    app.emit('second-instance', { preventDefault: () => undefined }, ['/opt/Unknot/unknot'], '/home/person', {})
    expect(shown).toBe(1)
  })

  it('answers no launch that asks for a reply outside this user’s folder, and runs nothing for it', () => {
    const before = companion.getSnapshot()
    const launch = { unknotCommandLine: { args: ['pause', '30m'], replyTo: '/tmp/someone-else.sock' } }
    app.emit('second-instance', { preventDefault: () => undefined }, ['/opt/Unknot/unknot'], '/', launch)
    expect(companion.getSnapshot()).toBe(before)
  })

  it('gives up with a clear line when the running Unknot does not answer', async () => {
    const waiting = new ManualClock(WEDNESDAY_10AM)
    const reply = runCommandLine({
      args: ['status'],
      userData: app.getPath('userData'),
      // the lock is held, but nothing answers; the wait starts as soon as the request is made
      requestLock: () => (queueMicrotask(() => waiting.advance(ANSWER_TIMEOUT_MS)), false),
      releaseLock: () => undefined,
      timers: waiting,
      t: hostLanguage('en').t,
    })
    expect(await reply).toEqual({ code: 1, text: 'Unknot did not answer.' })
    expect(waiting.pendingCount).toBe(0)
  })
})
