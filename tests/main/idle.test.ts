import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { powerMonitor } from './fake-electron'
import { setupIdleWatch, type ReadingSchedule } from '../../src/main/idle'
import { HOUR_MS, MINUTE_MS } from '../../src/shared/kernel/time'
import { ManualClock } from '../support/manual-clock'
import { setupHostWatches, type HostWatchDeps } from '../../src/main/setup-host-watches'
import { companionOn, CountingClock, offlineCalendar } from './test-companion'
import { onPlatform } from './platform'

const WEDNESDAY_9 = '2026-11-25T09:00:00Z'

/** Idle time as a person makes it: `inputAt` says whether there was input in the second ending at a mono instant. */
function person(clock: ManualClock, inputAt: (monoMs: number) => boolean): () => void {
  let lastInput = clock.monotonic()
  let checked = clock.monotonic()
  return () => {
    for (let t = checked + 1000; t <= clock.monotonic(); t += 1000) if (inputAt(t)) lastInput = t
    checked = clock.monotonic()
    powerMonitor.idleSeconds = Math.floor((clock.monotonic() - lastInput) / 1000)
  }
}

/** The desktop host's idle watch on a real companion; idle time follows `inputAt`, refreshed before each read. */
function host(inputAt: (monoMs: number) => boolean, options: Pick<HostWatchDeps, 'readCall'> = {}) {
  const clock = new CountingClock(Date.parse(WEDNESDAY_9))
  const refresh = person(clock, inputAt)
  const read = powerMonitor.getSystemIdleTime.bind(powerMonitor)
  const spy = vi.spyOn(powerMonitor, 'getSystemIdleTime').mockImplementation(() => {
    refresh()
    return read()
  })
  onTestFinished(() => spy.mockRestore())
  const companion = companionOn(clock)
  const prompts: number[] = []
  companion.onEvent(({ domain, event }) => {
    if (domain === 'reminders' && event.type === 'break-due') prompts.push(clock.monotonic())
  })
  const stop = setupHostWatches({
    companion,
    time: clock,
    timeZone: () => 'Europe/London',
    ...offlineCalendar(),
    ...options,
  })
  return { clock, companion, prompts, stop }
}

/** An idle watch reading once a minute that records what it hands the core, in order. */
function recording(clock: ManualClock) {
  const seen: string[] = []
  const stop = setupIdleWatch(
    clock,
    {
      idle: (seconds) => seen.push(`idle ${seconds}`),
      suspend: () => seen.push('suspend'),
      resume: () => seen.push('resume'),
      lock: () => seen.push('lock'),
      unlock: () => seen.push('unlock'),
    },
    { nextReadingMs: () => MINUTE_MS, callCheckNeeded: () => false, onChange: () => () => undefined },
  )
  return { seen, stop }
}

const typing = () => true
const readingOnceAMinute = (t: number) => t % MINUTE_MS === 0

describe('idle readings, scheduled where they matter', () => {
  it('reads again when idle could first reach the threshold: threshold − i after a reading of i seconds', () => {
    const reads: number[] = []
    const clock = new ManualClock(0)
    const schedule: ReadingSchedule = {
      nextReadingMs: () => 5 * MINUTE_MS - powerMonitor.idleSeconds * 1000,
      callCheckNeeded: () => false,
      onChange: () => () => undefined,
    }
    powerMonitor.idleSeconds = 100
    setupIdleWatch(
      clock,
      {
        idle: () => reads.push(clock.monotonic()),
        suspend: () => undefined,
        resume: () => undefined,
        lock: () => undefined,
        unlock: () => undefined,
      },
      schedule,
    )
    clock.advance(200_000 - 1)
    expect(reads).toEqual([0])
    clock.advance(1)
    expect(reads).toEqual([0, 200_000])
    expect(clock.pendingCount).toBe(1)
  })

  it.each([
    ['types', typing, 20],
    ['reads (one input a minute)', readingOnceAMinute, 20],
  ])('a person who %s wakes the host at most 20 times an hour and is prompted at 30 minutes', (_who, input, most) => {
    const { clock, prompts, companion } = host(input)
    clock.advance(HOUR_MS)
    // the first prompt at 30 minutes of sitting (±1); it stays unanswered, so it is the only one
    expect(prompts).toHaveLength(1)
    expect(Math.abs(prompts[0]! - 30 * MINUTE_MS)).toBeLessThanOrEqual(MINUTE_MS)
    expect(companion.getSnapshot().reminders.status).toBe('due')
    expect(clock.fired).toBeLessThanOrEqual(most)
    expect(powerMonitor.idleReads).toBeLessThanOrEqual(most)
  })

  it('while away reads about once a minute, and the away starts at the last input', () => {
    const { clock, companion } = host((t) => t <= 10 * MINUTE_MS)
    clock.advance(HOUR_MS + 10 * MINUTE_MS)
    const away = clock.fired
    expect(away).toBeGreaterThanOrEqual(55)
    expect(away).toBeLessThanOrEqual(75)
    const view = companion.getSnapshot().reminders
    expect(view.status).toBe('away')
    expect(view.today.activeMinutes).toBe(10)
    expect(view.today.natural).toBe(1)
  })

  it('on macOS and Windows reads idle just before a lock, passes suspend, resume, lock and unlock through', () => {
    onPlatform('win32')
    const clock = new ManualClock(0)
    const { seen, stop } = recording(clock)
    powerMonitor.idleSeconds = 7
    for (const event of ['suspend', 'resume', 'lock-screen', 'unlock-screen']) powerMonitor.emit(event)
    expect(seen.slice(1)).toEqual(['idle 7', 'suspend', 'resume', 'idle 7', 'lock', 'unlock'])
    stop()
    expect(clock.pendingCount).toBe(0)
    expect(powerMonitor.listenerCount('suspend')).toBe(0)
    expect(powerMonitor.listenerCount('lock-screen')).toBe(0)
  })
})

describe('the screen lock on Linux (no lock events there): read from the idle state at each reading', () => {
  it('a reading that finds the screen locked tells the lock (after the idle time), and one that finds it open the unlock', () => {
    onPlatform('linux')
    const clock = new ManualClock(0)
    const { seen, stop } = recording(clock)
    expect(powerMonitor.listenerCount('lock-screen')).toBe(0)
    powerMonitor.idleSeconds = 40
    powerMonitor.locked = true
    clock.advance(MINUTE_MS)
    clock.advance(MINUTE_MS)
    powerMonitor.locked = false
    powerMonitor.idleSeconds = 2
    clock.advance(MINUTE_MS)
    expect(seen).toEqual(['idle 0', 'idle 40', 'lock', 'idle 40', 'idle 40', 'unlock', 'idle 2'])
    stop()
  })

  it('reads the lock before a suspend too, so a lock then sleep is a lock', () => {
    onPlatform('linux')
    const clock = new ManualClock(0)
    const { seen } = recording(clock)
    powerMonitor.idleSeconds = 5
    powerMonitor.locked = true
    powerMonitor.emit('suspend')
    expect(seen).toEqual(['idle 0', 'idle 5', 'lock', 'idle 5', 'suspend'])
  })

  it('lock, sleep and wake keep the person away until the unlock: one absence, one natural break', () => {
    onPlatform('linux')
    // input until minute 20, and again from waking on (at the lock screen, then at the desk)
    const { clock, companion } = host((t) => t <= 20 * MINUTE_MS || t > 26 * MINUTE_MS)
    clock.advance(20 * MINUTE_MS)
    powerMonitor.locked = true
    // seen at the next reading, when idle reaches the away threshold: the away starts at the last input all the same
    clock.advance(6 * MINUTE_MS)
    expect(companion.getSnapshot().reminders.status).toBe('away')
    powerMonitor.emit('suspend')
    clock.jumpWall(45 * MINUTE_MS)
    powerMonitor.emit('resume')
    // awake again, typing at the lock screen: not back at the desk yet
    clock.advance(2 * MINUTE_MS)
    expect(companion.getSnapshot().reminders.status).toBe('away')
    powerMonitor.locked = false
    clock.advance(MINUTE_MS)
    const view = companion.getSnapshot().reminders
    expect(view.status).toBe('working')
    expect(view.today.natural).toBe(1)
    expect(view.today.activeMinutes).toBe(20)
  })
})

describe('the detectors asked with a reading', () => {
  it('asks the call and presenting detectors together, and hands the reading over once both answered', async () => {
    const seen: string[] = []
    const clock = new ManualClock(0)
    let answerPresenting: (on: boolean) => void = () => undefined
    setupIdleWatch(
      clock,
      {
        idle: (seconds) => seen.push(`idle ${seconds}`),
        suspend: () => undefined,
        resume: () => undefined,
        lock: () => undefined,
        unlock: () => undefined,
        call: (active) => seen.push(`call ${active}`),
        fullscreen: (on) => seen.push(`fullscreen ${on}`),
      },
      { nextReadingMs: () => MINUTE_MS, callCheckNeeded: () => true, onChange: () => () => undefined },
      {
        readCall: () => Promise.reject(new Error('pactl crashed')),
        readPresenting: () => new Promise((resolve) => (answerPresenting = resolve)),
      },
    )
    await Promise.resolve()
    // the call detector failed (nothing said about calls); the reading waits for the presenting answer
    expect(seen).toEqual([])
    answerPresenting(true)
    for (let i = 0; i < 5; i++) await Promise.resolve()
    expect(seen).toEqual(['fullscreen true', 'idle 0'])
  })
})

describe('the call detector', () => {
  it('is asked only when idle reached the threshold or a prompt is due, then once a minute while a call is on', async () => {
    let inCall = false
    let asked = 0
    const readCall = async () => {
      asked++
      return inCall
    }
    // reading at the desk: one input a minute, then a call from minute 20 to 80 with no input at all
    const { clock, companion, prompts } = host((t) => t < 20 * MINUTE_MS || t >= 80 * MINUTE_MS, { readCall })
    const flush = async () => {
      for (let i = 0; i < 5; i++) await Promise.resolve()
    }
    const run = async (ms: number) => {
      for (let step = 0; step < ms; step += 10_000) {
        clock.advance(10_000)
        await flush()
      }
    }
    await run(20 * MINUTE_MS)
    expect(asked).toBe(0)
    inCall = true
    await run(10 * MINUTE_MS)
    // idle reached the threshold at minute 25: the detector was asked and said a call is on
    expect(asked).toBeGreaterThanOrEqual(1)
    expect(companion.getSnapshot().reminders.status).toBe('call')
    await run(50 * MINUTE_MS)
    expect(prompts).toEqual([])
    expect(companion.getSnapshot().reminders.today.natural).toBe(0)
    expect(asked).toBeGreaterThanOrEqual(50)
    expect(asked).toBeLessThanOrEqual(60)
    inCall = false
    await run(1 * MINUTE_MS)
    // the call ended: the prompt that waited comes within a minute
    expect(prompts).toHaveLength(1)
    expect(prompts[0]! - 80 * MINUTE_MS).toBeLessThanOrEqual(MINUTE_MS)
  })
})
