import type { BreakScreenRole } from '../../../../shared/hosting/break-screen'
import { breakScreenMode } from '../../../../shared/hosting/break-screen'
import { useSnapshot } from '../../state/host-context'
import { useLanguage } from '../../shell/useLanguage'
import { useTheme } from '../../shell/useTheme'
import { CueSounds } from '../../sound/CueSounds'
import { BreakScreen } from './BreakScreen'

/** A desktop break-screen window: only the break, for as long as it lasts (the host then destroys the window). */
export function BreakScreenPage({ role }: { role: BreakScreenRole }) {
  const snapshot = useSnapshot()
  useTheme(snapshot?.settings.appearance.theme ?? 'system')
  useLanguage(snapshot?.settings.appearance.language ?? 'system')
  // The main display's window shows the routine, so it plays the cues; the others only count down.
  return (
    <CueSounds sound={snapshot?.settings.sound} playing={role === 'main'}>
      {snapshot && breakScreenMode(snapshot.reminders) && (
        <main>
          <BreakScreen snapshot={snapshot} role={role} />
        </main>
      )}
    </CueSounds>
  )
}
