import type { Screen } from '../../../shared/contract/screens'
import { onFirstUse } from './on-first-use'

// Only Today is in the app's own chunk: every other screen loads the first time it is shown (or earlier, in the
// background, once the start is done: see useWarmCode), so opening the window costs only what Today needs. This
// module holds no screen itself, so the window's frame can start a screen's fetch from its links.
export const Routines = onFirstUse(() => import('./routines/RoutinesScreen').then((module) => module.RoutinesScreen))
export const Settings = onFirstUse(() => import('./settings/SettingsScreen').then((module) => module.SettingsScreen))
export const Therapy = onFirstUse(() => import('./therapy/TherapyScreen').then((module) => module.TherapyScreen))
export const Learn = onFirstUse(() => import('./learn/LearnScreen').then((module) => module.LearnScreen))
export const RedFlags = onFirstUse(() => import('./red-flags/RedFlagsScreen').then((module) => module.RedFlagsScreen))
export const Journal = onFirstUse(() => import('./journal/JournalScreen').then((module) => module.JournalScreen))
export const Setup = onFirstUse(() => import('./setup/SetupScreen').then((module) => module.SetupScreen))

/** Each screen's code (Today's is always here), in the order it is fetched in the background: most used first. */
export const SCREEN_CODE: Readonly<Record<Exclude<Screen, 'today'>, () => Promise<unknown>>> = {
  journal: Journal.load,
  settings: Settings.load,
  routines: Routines.load,
  therapy: Therapy.load,
  learn: Learn.load,
  'red-flags': RedFlags.load,
  setup: Setup.load,
}

/** Starts fetching a screen's code (e.g. as the pointer reaches its link); a failure shows when the screen opens. */
export function loadScreenCode(screen: Screen): void {
  if (screen !== 'today') SCREEN_CODE[screen]().catch(() => undefined)
}

/**
 * A link's handlers that fetch its screen's code as the pointer reaches it, as it is tabbed to, and at the latest on
 * the click itself, a render earlier than the screen change would (a tap or a scripted click has no hover).
 */
export function loadsCodeOf(screen: Screen) {
  const load = () => loadScreenCode(screen)
  return { onPointerEnter: load, onFocus: load, onClick: load }
}
