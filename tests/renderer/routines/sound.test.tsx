import { screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SETTINGS_KEY } from '../../../src/renderer/src/host/browser-keys'
import { webAudioChimer } from '../../../src/renderer/src/sound/chime'
import { cueText } from '../../../src/renderer/src/sound/cue-text'
import { systemSpeaker } from '../../../src/renderer/src/sound/speech'
import { FakeAudioContext } from '../sound-fakes'
import { advance, openRoutines, startBreak, useFakeTime } from './helpers'

const spoken: string[] = []
class FakeUtterance {
  volume = 1
  rate = 1
  constructor(readonly text: string) {}
}
const fakeSpeech = {
  cancel: () => undefined,
  speak: (utterance: FakeUtterance) => spoken.push(utterance.text),
}

function saveSound(sound: { chimes: boolean; spokenCues: boolean; volume: number }): void {
  window.localStorage.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, sound }))
}

describe('sound for the player', () => {
  beforeEach(() => {
    useFakeTime()
    FakeAudioContext.instances = []
    spoken.length = 0
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('is silent, and does not fail, where Web Audio and speech synthesis are missing', () => {
    expect(webAudioChimer()).toBeNull()
    expect(systemSpeaker()).toBeNull()
  })

  it('chimes at the start, the next step and the end, at the chosen volume', async () => {
    vi.stubGlobal('AudioContext', FakeAudioContext)
    saveSound({ chimes: true, spokenCues: false, volume: 0.4 })
    const user = openRoutines()
    await startBreak(user)
    // The audio output opens with the click on Start, not as a long task at the first cue; nothing rings yet.
    expect(FakeAudioContext.instances).toHaveLength(1)
    expect(FakeAudioContext.instances[0]?.frequencies).toEqual([])
    await advance(5_000)
    expect(FakeAudioContext.instances).toHaveLength(1)
    const context = FakeAudioContext.instances[0]
    expect(context?.frequencies).toEqual([523.25, 523.25 * 2.01, 659.25, 659.25 * 2.01])
    expect(context?.peaks).toEqual([0.25 * 0.4, 0.25 * 0.4])
    await advance(30_000)
    // The rest before the next step rings one low note.
    expect(context?.frequencies.slice(4)).toEqual([440, 440 * 2.01])
    await advance(3 * 60_000)
    expect(await screen.findByRole('heading', { level: 2, name: 'Routine complete' })).toBeTruthy()
    expect(context?.frequencies.slice(-6)).toEqual([
      523.25,
      523.25 * 2.01,
      659.25,
      659.25 * 2.01,
      783.99,
      783.99 * 2.01,
    ])
  })

  it('speaks the cues when spoken cues are on, and plays no chime when chimes are off', async () => {
    vi.stubGlobal('AudioContext', FakeAudioContext)
    vi.stubGlobal('speechSynthesis', fakeSpeech)
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance)
    saveSound({ chimes: false, spokenCues: true, volume: 0.6 })
    const user = openRoutines()
    await startBreak(user)
    await advance(5_000)
    expect(spoken).toEqual(['Begin: Stand up and move'])
    await advance(30_000)
    expect(spoken.at(-1)).toBe('Rest. Next: Standing overhead reach')
    expect(FakeAudioContext.instances).toHaveLength(0)
  })

  it('says which side and what comes next in words', () => {
    expect(cueText({ type: 'cue', cue: 'switch-sides', exerciseId: 'knee-to-chest', side: 'right' })).toBe(
      'Switch sides',
    )
    expect(cueText({ type: 'cue', cue: 'next', exerciseId: 'cat-cow', side: null })).toBe('Next: Cat–cow')
    expect(cueText({ type: 'cue', cue: 'start', exerciseId: 'knee-to-chest', side: 'left' })).toBe(
      'Begin: Knee-to-chest stretch, left side',
    )
    expect(cueText({ type: 'cue', cue: 'done', exerciseId: null, side: null })).toBe('Routine complete. Well done.')
  })
})
