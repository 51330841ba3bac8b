import type { Screen, Snapshot } from '../../../shared/contract'
import { ComingSoon } from './ComingSoon'
import { SettingsScreen } from './settings/SettingsScreen'

export function ScreenView({ screen, snapshot }: { screen: Screen; snapshot: Snapshot }) {
  switch (screen) {
    case 'settings':
      return <SettingsScreen settings={snapshot.settings} />
    default:
      return <ComingSoon screen={screen} />
  }
}
