import type { Cue } from '../../../shared/routines'

/** Notes (Hz) per cue: a rising pair to begin, one note to move on, a short rising triad at the end. */
const NOTES: Record<Cue, readonly number[]> = {
  start: [523.25, 659.25],
  'switch-sides': [587.33, 587.33],
  rest: [440],
  next: [659.25],
  done: [523.25, 659.25, 783.99],
}

const NOTE_GAP_S = 0.22
const RING_S = 1.4

export interface Chimer {
  play(cue: Cue, volume: number): void
  /** Gets ready to play before the first cue: opening the audio output can block the page for tens of ms. */
  prepare?(): void
}

type AudioContextConstructor = new () => AudioContext

function audioContextConstructor(): AudioContextConstructor | undefined {
  const scope = globalThis as { AudioContext?: AudioContextConstructor; webkitAudioContext?: AudioContextConstructor }
  return scope.AudioContext ?? scope.webkitAudioContext
}

/** A soft bell made from two sine partials and a gentle envelope; null where Web Audio is missing (tests, old). */
export function webAudioChimer(): Chimer | null {
  const Context = audioContextConstructor()
  if (!Context) return null
  let context: AudioContext | undefined
  return {
    prepare() {
      context ??= new Context()
    },
    play(cue, volume) {
      if (volume <= 0) return
      context ??= new Context()
      if (context.state === 'suspended') void context.resume()
      const start = context.currentTime + 0.02
      NOTES[cue].forEach((frequency, index) => {
        if (context) ringNote(context, frequency, start + index * NOTE_GAP_S, volume)
      })
    },
  }
}

function ringNote(context: AudioContext, frequency: number, at: number, volume: number): void {
  const gain = context.createGain()
  const peak = 0.25 * volume
  gain.gain.setValueAtTime(0.0001, at)
  gain.gain.exponentialRampToValueAtTime(peak, at + 0.03)
  gain.gain.exponentialRampToValueAtTime(0.0001, at + RING_S)
  gain.connect(context.destination)
  for (const [multiple, level] of [
    [1, 1],
    [2.01, 0.25],
  ] as const) {
    const partial = context.createOscillator()
    const partialGain = context.createGain()
    partial.type = 'sine'
    partial.frequency.value = frequency * multiple
    partialGain.gain.value = level
    partial.connect(partialGain).connect(gain)
    partial.start(at)
    partial.stop(at + RING_S + 0.05)
  }
}
