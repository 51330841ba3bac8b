import type { Screen, Snapshot } from '../../../shared/contract/contract'
import { Journal, Learn, RedFlags, Routines, Settings, Setup, Therapy } from './screen-code'
import { TodayScreen } from './today/TodayScreen'

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
