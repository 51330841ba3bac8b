export interface Speaker {
  /** `lang` is the language the text is written in (a BCP 47 tag), so the system picks a voice that speaks it. */
  say(text: string, volume: number, lang?: string): void
}

/** Spoken cues through the system voice; null where speech synthesis is missing. */
export function systemSpeaker(): Speaker | null {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined
  if (!synth || typeof globalThis.SpeechSynthesisUtterance !== 'function') return null
  return {
    say(text, volume, lang) {
      if (volume <= 0) return
      // A new cue replaces one still being spoken, so speech never lags behind the player.
      synth.cancel()
      const utterance = new SpeechSynthesisUtterance(text)
      utterance.volume = volume
      utterance.rate = 0.95
      if (lang) utterance.lang = lang
      synth.speak(utterance)
    },
  }
}
