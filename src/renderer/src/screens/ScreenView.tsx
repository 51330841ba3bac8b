import { lazy, Suspense } from 'react'
import type { Screen, Snapshot } from '../../../shared/contract/contract'
import { JournalScreen } from './journal/JournalScreen'
import { RoutinesScreen } from './routines/RoutinesScreen'
import { SettingsScreen } from './settings/SettingsScreen'
import { SetupScreen } from './setup/SetupScreen'
import { TherapyScreen } from './therapy/TherapyScreen'
import { TodayScreen } from './today/TodayScreen'

// Reading and the checker (articles and their search index) load on first visit, as the journal's charts do, so
// starting Unknot costs only what the reminder needs. The chunks are local files: the wait is a few milliseconds.
const LearnScreen = lazy(() => import('./learn/LearnScreen').then((module) => ({ default: module.LearnScreen })))
const RedFlagsScreen = lazy(() =>
  import('./red-flags/RedFlagsScreen').then((module) => ({ default: module.RedFlagsScreen })),
)

export function ScreenView({ screen, snapshot }: { screen: Screen; snapshot: Snapshot }) {
  switch (screen) {
    case 'routines':
      return <RoutinesScreen snapshot={snapshot} />
    case 'settings':
      return <SettingsScreen settings={snapshot.settings} host={snapshot.host} timeZone={snapshot.timeZone} />
    case 'therapy':
      return <TherapyScreen snapshot={snapshot} />
    case 'today':
      return <TodayScreen snapshot={snapshot} />
    case 'learn':
      return (
        <Suspense fallback={null}>
          <LearnScreen />
        </Suspense>
      )
    case 'red-flags':
      return (
        <Suspense fallback={null}>
          <RedFlagsScreen />
        </Suspense>
      )
    case 'journal':
      return <JournalScreen snapshot={snapshot} />
    case 'setup':
      return <SetupScreen snapshot={snapshot} />
  }
}
