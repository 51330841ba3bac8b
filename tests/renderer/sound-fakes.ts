/** Records what a page would play: each oscillator's frequency, and the peak of each note's envelope. */
export class FakeAudioContext {
  static instances: FakeAudioContext[] = []
  state = 'running'
  currentTime = 0
  destination = {}
  frequencies: number[] = []
  peaks: number[] = []
  constructor() {
    FakeAudioContext.instances.push(this)
  }
  resume(): Promise<void> {
    return Promise.resolve()
  }
  createGain() {
    const param = {
      value: 1,
      setValueAtTime: () => param,
      exponentialRampToValueAtTime: (value: number) => {
        if (value > 0.001) this.peaks.push(value)
        return param
      },
    }
    const node = { gain: param, connect: (next: unknown) => next }
    return node
  }
  createOscillator() {
    const oscillator = {
      type: 'sine',
      frequency: { value: 0 },
      connect: (next: unknown) => next,
      start: () => this.frequencies.push(oscillator.frequency.value),
      stop: () => undefined,
    }
    return oscillator
  }
}
