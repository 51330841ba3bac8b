import { createContext, useContext, useState, type ReactNode } from 'react'
import type { SetupDraft } from './draft'

/** A setup left unfinished: the answers so far and the step the person was on. */
export interface KeptSetup {
  draft: SetupDraft
  step: number
}

export interface SetupKeeper {
  kept(): KeptSetup | null
  keep(setup: KeptSetup): void
  forget(): void
}

function setupKeeper(): SetupKeeper {
  let kept: KeptSetup | null = null
  return {
    kept: () => kept,
    keep: (setup) => {
      kept = setup
    },
    forget: () => {
      kept = null
    },
  }
}

const KeptSetupContext = createContext<SetupKeeper | null>(null)

/**
 * Keeps an unfinished setup for as long as the page is open, so leaving it for another screen (the checker, Settings)
 * and coming back loses no answer. It is never stored: nothing is saved until the person finishes or skips.
 */
export function KeptSetupProvider({ children }: { children: ReactNode }) {
  const [keeper] = useState(setupKeeper)
  return <KeptSetupContext.Provider value={keeper}>{children}</KeptSetupContext.Provider>
}

/** The page's keeper; a setup shown outside the provider keeps its answers only while it is shown. */
export function useSetupKeeper(): SetupKeeper {
  const [own] = useState(setupKeeper)
  return useContext(KeptSetupContext) ?? own
}
