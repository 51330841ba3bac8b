import { useDeferredValue, useEffect, useLayoutEffect } from 'react'
import { createPortal } from 'react-dom'
import { breakScreenMode } from '../../../shared/hosting/break-screen'
import { BreakCover } from '../screens/break-screen/on-first-use'
import { BreakSoon } from '../screens/break-screen/BreakSoon'
import { ScreenView } from '../screens/ScreenView'
import { loadScreenCode, SCREEN_CODE } from '../screens/screen-code'
import { KeptSetupProvider } from '../screens/setup/kept-setup'
import { CueSounds } from '../sound/CueSounds'
import { useFirstRun } from '../screens/setup/useFirstRun'
import { useHost, useSnapshot } from '../state/host-context'
import { Notices } from './Notices'
import { Starting } from './Starting'
import { useLanguage } from './useLanguage'
import { useTheme } from './useTheme'
import { useWarmCode } from './useWarmCode'
import type { ContentProps } from './Window'

/** What is fetched in the background after the start: the journal (opened most), then a break's cover, then the rest. */
const WARM_UP = [
  SCREEN_CODE.journal,
  BreakCover.load,
  ...Object.values(SCREEN_CODE).filter((load) => load !== SCREEN_CODE.journal),
]

/** The window's content once the app has loaded: the screen for the current route, from the companion's snapshots. */
export function App({ screen, go, setCovered }: ContentProps) {
  const host = useHost()
  const snapshot = useSnapshot()
  // The first screen (Today with its week chart, say) is the start's biggest render. Drawn at a transition's priority
  // it yields to the browser every few milliseconds, so the frame's links and keys answer while it is drawn; later
  // snapshots render at once, as before.
  const firstShown = useDeferredValue(snapshot !== undefined)
  useTheme(snapshot?.settings.appearance.theme ?? 'system')
  useLanguage(snapshot?.settings.appearance.language ?? 'system')

  useFirstRun(snapshot, screen, go)
  // The screen's code is fetched while the core starts, not after; the other screens' once the start is done.
  useEffect(() => loadScreenCode(screen), [screen])
  // warmed once the first screen is drawn, so that its render does not share the page with those fetches
  useWarmCode(Boolean(snapshot) && firstShown, WARM_UP)
  useEffect(() => host.api.on('navigate', (request) => go(request.screen)), [host, go])
  // A firm or strict break covers the page; what is under it can be neither reached nor read until it ends.
  const covered = snapshot !== null && snapshot !== undefined && breakScreenMode(snapshot.reminders) !== null
  useLayoutEffect(() => setCovered(covered), [covered, setCovered])
  // Under a firm or strict break the desktop shows the break in windows of its own (break.html), which play the
  // routine's cues; this window, covered too, stays silent so that no cue sounds twice.
  const cuesHere = !(covered && host.kind === 'electron')
  return (
    <CueSounds sound={snapshot?.settings.sound} playing={cuesHere}>
      <KeptSetupProvider>
        {snapshot && firstShown ? (
          <>
            <BreakSoon snapshot={snapshot} />
            <Notices notices={snapshot.notices} />
            <ScreenView screen={screen} snapshot={snapshot} />
          </>
        ) : (
          <Starting />
        )}
        {covered && createPortal(<BreakCover.View snapshot={snapshot} role="main" />, document.body)}
      </KeptSetupProvider>
    </CueSounds>
  )
}
