import { describe, expect, it } from 'vitest'
import { readLinuxMicrophone } from '../../../src/main/call-detection/linux-microphone'
import { commandError, fakeRunner, fixture, inEnglish, notInstalled, type Answer } from './fake-runner'

const OWN_PID = 777
const TIMEOUT_MS = 5_000
const JSON_LIST = 'pactl -f json list source-outputs'
const TEXT_LIST = 'pactl list source-outputs'
const SOURCES = 'pactl list short sources'
/** What pactl before version 16 says to `-f json`. */
const NO_JSON = commandError('Command failed: pactl -f json list source-outputs', {
  code: 1,
  detail: "pactl: invalid option -- 'f'",
})

async function read(answers: Record<string, Answer>) {
  const run = fakeRunner(answers)
  return { use: await readLinuxMicrophone(run, [OWN_PID], TIMEOUT_MS), calls: run.calls }
}

describe('the Linux microphone detector (pactl)', () => {
  it('sees a call app recording the microphone (PipeWire, JSON)', async () => {
    const { use } = await read({
      [JSON_LIST]: fixture('pactl-json-call.txt'),
      [SOURCES]: fixture('pactl-short-sources-pipewire.txt'),
    })
    expect(use).toEqual({ state: 'in-use' })
  })

  it('calls the microphone free when nothing records, without asking for the sources', async () => {
    const { use, calls } = await read({ [JSON_LIST]: fixture('pactl-json-none.txt') })
    expect(use).toEqual({ state: 'free' })
    expect(calls).toEqual([JSON_LIST])
  })

  it('does not count streams recording a monitor of a sink (what the speakers play)', async () => {
    const { use } = await read({
      [JSON_LIST]: fixture('pactl-json-monitor-only.txt'),
      [SOURCES]: fixture('pactl-short-sources-pipewire.txt'),
    })
    expect(use).toEqual({ state: 'free' })
  })

  it("never counts Unknot's own capture stream", async () => {
    const { use, calls } = await read({
      [JSON_LIST]: fixture('pactl-json-own-pid.txt'),
      [SOURCES]: fixture('pactl-short-sources-pipewire.txt'),
    })
    expect(use).toEqual({ state: 'free' })
    expect(calls).toEqual([JSON_LIST])
  })

  it('falls back to the text listing when pactl is too old for JSON (PulseAudio)', async () => {
    const { use, calls } = await read({
      [JSON_LIST]: NO_JSON,
      [TEXT_LIST]: fixture('pactl-text-call.txt'),
      [SOURCES]: fixture('pactl-short-sources-pulseaudio.txt'),
    })
    expect(use).toEqual({ state: 'in-use' })
    expect(calls).toEqual([JSON_LIST, TEXT_LIST, SOURCES])
  })

  it('reads monitors and our own pid from the text listing too', async () => {
    const monitorOnly = await read({
      [JSON_LIST]: NO_JSON,
      [TEXT_LIST]: fixture('pactl-text-monitor-only.txt'),
      [SOURCES]: fixture('pactl-short-sources-pulseaudio.txt'),
    })
    expect(monitorOnly.use).toEqual({ state: 'free' })
    const run = fakeRunner({
      [JSON_LIST]: NO_JSON,
      [TEXT_LIST]: fixture('pactl-text-call.txt'),
      [SOURCES]: fixture('pactl-short-sources-pulseaudio.txt'),
    })
    // Firefox (4242) is the one recording the microphone; as if it were us
    expect(await readLinuxMicrophone(run, [4242], TIMEOUT_MS)).toEqual({ state: 'free' })
  })

  it('falls back to the text listing when the JSON is not valid', async () => {
    const { use } = await read({
      [JSON_LIST]: '[{"index":94,"source":58,"properties":{"application.name":"Zoom\\x"}}]',
      [TEXT_LIST]: fixture('pactl-text-call.txt'),
      [SOURCES]: fixture('pactl-short-sources-pulseaudio.txt'),
    })
    expect(use).toEqual({ state: 'in-use' })
  })

  it('reports unknown when pactl is not installed, without trying again', async () => {
    const { use, calls } = await read({ [JSON_LIST]: notInstalled('pactl') })
    expect(inEnglish(use)).toEqual({ state: 'unknown', reason: 'pactl is not installed.' })
    expect(calls).toEqual([JSON_LIST])
  })

  it('reports unknown, with what pactl said, when no sound server answers', async () => {
    const refused = commandError('Command failed', { code: 1, detail: 'Connection failure: Connection refused' })
    const { use } = await read({ [JSON_LIST]: refused, [TEXT_LIST]: refused })
    expect(inEnglish(use)).toEqual({ state: 'unknown', reason: 'pactl failed: Connection failure: Connection refused' })
  })

  it('reports unknown on output it does not understand', async () => {
    const notUnderstood = {
      state: 'unknown',
      reason: 'pactl listed capture streams in a form Unknot does not understand.',
    }
    const { use } = await read({ [JSON_LIST]: NO_JSON, [TEXT_LIST]: fixture('pactl-garbage.txt') })
    expect(inEnglish(use)).toEqual(notUnderstood)
    const wrongShape = await read({ [JSON_LIST]: '{"source-outputs":[]}', [TEXT_LIST]: fixture('pactl-garbage.txt') })
    expect(inEnglish(wrongShape.use)).toEqual(notUnderstood)
  })

  it('reports unknown when streams exist but the sources cannot be listed or read', async () => {
    const failing = await read({
      [JSON_LIST]: fixture('pactl-json-call.txt'),
      [SOURCES]: commandError('Command failed', { code: 1, detail: 'Connection failure: Timeout' }),
    })
    expect(inEnglish(failing.use)).toEqual({ state: 'unknown', reason: 'pactl failed: Connection failure: Timeout' })
    const garbled = await read({ [JSON_LIST]: fixture('pactl-json-call.txt'), [SOURCES]: fixture('pactl-garbage.txt') })
    expect(inEnglish(garbled.use)).toEqual({
      state: 'unknown',
      reason: 'pactl listed sound sources in a form Unknot does not understand.',
    })
  })
})
