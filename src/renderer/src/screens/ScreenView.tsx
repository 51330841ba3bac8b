import type { Screen, Snapshot } from '../../../shared/contract'
import { ComingSoon } from './ComingSoon'
import { JournalScreen } from './journal/JournalScreen'
import { LearnScreen } from './learn/LearnScreen'
import { RedFlagsScreen } from './red-flags/RedFlagsScreen'
import { RoutinesScreen } from './routines/RoutinesScreen'
import { SettingsScreen } from './settings/SettingsScreen'
import { TherapyScreen } from './therapy/TherapyScreen'
import { TodayScreen } from './today/TodayScreen'

export function ScreenView({ screen, snapshot }: { screen: Screen; snapshot: Snapshot }) {
  switch (screen) {
    case 'routines':
      return <RoutinesScreen snapshot={snapshot} />
    case 'settings':
      return <SettingsScreen settings={snapshot.settings} host={snapshot.host} />
    case 'therapy':
      return <TherapyScreen snapshot={snapshot} />
    case 'today':
      return <TodayScreen snapshot={snapshot} />
    case 'learn':
      return <LearnScreen />
    case 'red-flags':
      return <RedFlagsScreen />
    case 'journal':
      return <JournalScreen snapshot={snapshot} />
    default:
      return <ComingSoon screen={screen} />
  }
}
