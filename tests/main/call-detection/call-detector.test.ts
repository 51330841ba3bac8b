import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCallDetector, MACOS_REASON } from '../../../src/main/call-detection/call-detector'
import { fakeRunner, fixture, inEnglish, notInstalled } from './fake-runner'

const JSON_LIST = 'pactl -f json list source-outputs'
const SOURCES = 'pactl list short sources'
const REG_STORE = 'reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore'

let proc: string

function holdCamera(pid: number): void {
  mkdirSync(join(proc, String(pid), 'fd'), { recursive: true })
  symlinkSync('/dev/video0', join(proc, String(pid), 'fd', '3'))
}

beforeEach(() => {
  proc = mkdtempSync(join(tmpdir(), 'unknot-fake-proc-'))
})

afterEach(() => {
  vi.useRealTimers()
  rmSync(proc, { recursive: true, force: true })
})

describe('createCallDetector', () => {
  it('on Linux reads the camera from /proc and the microphone from pactl', async () => {
    holdCamera(5150)
    const run = fakeRunner({
      [JSON_LIST]: fixture('pactl-json-call.txt'),
      [SOURCES]: fixture('pactl-short-sources-pipewire.txt'),
    })
    const detector = createCallDetector({ platform: 'linux', ownPids: () => [777], procRoot: proc, run })
    expect(await detector.read()).toEqual({ camera: { state: 'in-use' }, microphone: { state: 'in-use' } })
  })

  it('asks for our own processes at every reading (they come and go)', async () => {
    holdCamera(900)
    let own = [777]
    const run = fakeRunner({ [JSON_LIST]: '[]' })
    const detector = createCallDetector({ platform: 'linux', ownPids: () => own, procRoot: proc, run })
    expect((await detector.read()).camera).toEqual({ state: 'in-use' })
    own = [777, 900]
    expect((await detector.read()).camera).toEqual({ state: 'free' })
  })

  it('on Linux without pactl still reads the camera', async () => {
    const run = fakeRunner({ [JSON_LIST]: notInstalled('pactl') })
    const detector = createCallDetector({ platform: 'linux', ownPids: () => [], procRoot: proc, run })
    const reading = await detector.read()
    expect(reading.camera).toEqual({ state: 'free' })
    expect(inEnglish(reading.microphone)).toEqual({ state: 'unknown', reason: 'pactl is not installed.' })
  })

  it('on Windows reads both consent-store keys, leaving our own executable out', async () => {
    const run = fakeRunner({
      [`${REG_STORE}\\webcam /s`]: fixture('reg-webcam-own-exe.txt'),
      [`${REG_STORE}\\microphone /s`]: fixture('reg-microphone-packaged-in-use.txt'),
    })
    const detector = createCallDetector({
      platform: 'win32',
      ownPids: () => [],
      ownExecutablePath: 'C:\\Users\\Ana\\AppData\\Local\\Programs\\Unknot\\Unknot.exe',
      run,
    })
    expect(await detector.read()).toEqual({ camera: { state: 'free' }, microphone: { state: 'in-use' } })
  })

  it('on macOS says why it cannot tell, without running anything', async () => {
    const run = fakeRunner({})
    const detector = createCallDetector({ platform: 'darwin', ownPids: () => [], run })
    const unknown = { state: 'unknown', reason: MACOS_REASON }
    expect(await detector.read()).toEqual({ camera: unknown, microphone: unknown })
    expect(run.calls).toEqual([])
  })

  it('on other platforms answers unknown', async () => {
    const detector = createCallDetector({ platform: 'freebsd', ownPids: () => [], run: fakeRunner({}) })
    const reading = await detector.read()
    const unsupported = { state: 'unknown', reason: 'Unknot cannot see camera or microphone use on freebsd.' }
    expect(inEnglish(reading.camera)).toEqual(unsupported)
    expect(inEnglish(reading.microphone)).toEqual(unsupported)
  })

  it('gives up on a command that never answers, after the timeout, and answers for the other device', async () => {
    vi.useFakeTimers()
    const detector = createCallDetector({
      platform: 'win32',
      ownPids: () => [],
      run: fakeRunner({ [`${REG_STORE}\\microphone /s`]: fixture('reg-microphone-packaged-in-use.txt') }),
      timeoutMs: 5_000,
    })
    let settled = false
    const reading = detector.read().then((value) => {
      settled = true
      return value
    })
    await vi.advanceTimersByTimeAsync(4_999)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    const { camera, microphone } = await reading
    expect(inEnglish(camera)).toEqual({ state: 'unknown', reason: 'The camera check gave no answer in 5 s.' })
    expect(microphone).toEqual({ state: 'in-use' })
  })

  it('gives up on a /proc scan that hangs', async () => {
    vi.useFakeTimers()
    const detector = createCallDetector({
      platform: 'linux',
      ownPids: () => [],
      procFs: { readdir: () => new Promise(() => {}), readlink: () => new Promise(() => {}) },
      run: fakeRunner({ [JSON_LIST]: '[]' }),
      timeoutMs: 2_000,
    })
    const reading = detector.read()
    await vi.advanceTimersByTimeAsync(2_000)
    const { camera, microphone } = await reading
    expect(inEnglish(camera)).toEqual({ state: 'unknown', reason: 'The camera check gave no answer in 2 s.' })
    expect(microphone).toEqual({ state: 'free' })
  })

  it('never rejects, even when an injected dependency throws', async () => {
    const detector = createCallDetector({
      platform: 'linux',
      ownPids: () => {
        throw new Error('app metrics unavailable')
      },
      procFs: {
        readdir: () => {
          throw new Error('boom')
        },
        readlink: () => Promise.resolve(''),
      },
      run: () => {
        throw new TypeError('runner broke')
      },
    })
    const reading = await detector.read()
    expect(inEnglish(reading.camera)).toEqual({
      state: 'unknown',
      reason: 'Unknot cannot list the processes in /proc: boom',
    })
    expect(inEnglish(reading.microphone)).toEqual({ state: 'unknown', reason: 'pactl failed: runner broke' })
  })
})
