import { createContext, useContext, type ReactNode } from 'react'
import type { Settings } from '../../../shared/settings'
import { useCueSounds } from './useCueSounds'

const PrepareCueSounds = createContext<() => void>(() => {})

/**
 * The one place in a window that plays the routine player's cues, wherever the routine shows (the Routines screen,
 * a break's cover, a desktop break window), so they are neither missing nor played twice. Below it, a click that
 * starts a routine calls `usePrepareCueSounds()`.
 */
export function CueSounds({
  sound,
  playing,
  children,
}: {
  sound: Settings['sound'] | undefined
  playing: boolean
  children: ReactNode
}) {
  const prepare = useCueSounds(sound, { playing })
  return <PrepareCueSounds.Provider value={prepare}>{children}</PrepareCueSounds.Provider>
}

/** Opens the chime's audio output; call it inside the click that starts a routine (browsers allow sound only then). */
export function usePrepareCueSounds(): () => void {
  return useContext(PrepareCueSounds)
}
