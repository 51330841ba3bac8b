import { useCallback, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { translatorOf } from '../../../shared/i18n'
import type { Settings } from '../../../shared/settings'
import { useHost } from '../state/host-context'
import { webAudioChimer, type Chimer } from './chime'
import { cueText } from './cue-text'
import { systemSpeaker, type Speaker } from './speech'

export interface SoundOutputs {
  chimer: Chimer | null
  speaker: Speaker | null
}

/**
 * Plays the routine player's cues (chime and/or spoken) as the companion announces them, following the
 * person's sound settings at the moment of each cue (none before the first snapshot). Spoken cues are in the language
 * chosen at that moment. Returns what to call when the person starts a routine, so the chime's audio output opens then
 * (inside their click, which browsers require for sound) rather than as a long task in the middle of the countdown.
 * Nothing plays while `playing` is false.
 */
export function useCueSounds(
  sound: Settings['sound'] | undefined,
  { playing = true, outputs }: { playing?: boolean; outputs?: SoundOutputs } = {},
): () => void {
  const { api } = useHost()
  const { i18n } = useTranslation()
  const settings = useRef(sound)
  useEffect(() => {
    settings.current = sound
  }, [sound])
  const chimerInUse = useRef<Chimer | null>(null)
  useEffect(() => {
    if (!playing) return
    const { chimer, speaker } = outputs ?? { chimer: webAudioChimer(), speaker: systemSpeaker() }
    chimerInUse.current = chimer
    const stopHearing = api.on('event', (event) => {
      if (event.domain !== 'routines' || event.event.type !== 'cue' || !settings.current) return
      const { chimes, spokenCues, volume } = settings.current
      if (chimes) chimer?.play(event.event.cue, volume)
      if (spokenCues) speaker?.say(cueText(event.event, translatorOf(i18n)), volume, i18n.language)
    })
    return () => {
      stopHearing()
      chimerInUse.current = null
    }
  }, [api, outputs, i18n, playing])
  return useCallback(() => {
    if (settings.current?.chimes && settings.current.volume > 0) chimerInUse.current?.prepare?.()
  }, [])
}
