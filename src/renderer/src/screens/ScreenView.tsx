import type { Screen, Snapshot } from '../../../shared/contract/contract'
import { onFirstUse } from './on-first-use'
import { TodayScreen } from './today/TodayScreen'

// Only Today is in the start's code: every other screen loads the first time it is shown (or earlier, in the
// background, once the start is done: see useWarmCode), so opening the window costs only what Today needs.
const Routines = onFirstUse(() => import('./routines/RoutinesScreen').then((module) => module.RoutinesScreen))
const Settings = onFirstUse(() => import('./settings/SettingsScreen').then((module) => module.SettingsScreen))
const Therapy = onFirstUse(() => import('./therapy/TherapyScreen').then((module) => module.TherapyScreen))
const Learn = onFirstUse(() => import('./learn/LearnScreen').then((module) => module.LearnScreen))
const RedFlags = onFirstUse(() => import('./red-flags/RedFlagsScreen').then((module) => module.RedFlagsScreen))
const Journal = onFirstUse(() => import('./journal/JournalScreen').then((module) => module.JournalScreen))
const Setup = onFirstUse(() => import('./setup/SetupScreen').then((module) => module.SetupScreen))

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

export function ScreenView({ screen, snapshot }: { screen: Screen; snapshot: Snapshot }) {
  switch (screen) {
    case 'routines':
      return <Routines.View snapshot={snapshot} />
    case 'settings':
      return <Settings.View settings={snapshot.settings} host={snapshot.host} timeZone={snapshot.timeZone} />
    case 'therapy':
      return <Therapy.View snapshot={snapshot} />
    case 'today':
      return <TodayScreen snapshot={snapshot} />
    case 'learn':
      return <Learn.View />
    case 'red-flags':
      return <RedFlags.View />
    case 'journal':
      return <Journal.View snapshot={snapshot} />
    case 'setup':
      return <Setup.View snapshot={snapshot} />
  }
}
