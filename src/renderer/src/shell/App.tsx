import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Screen } from '../../../shared/contract/contract'
import { msg } from '../../../shared/i18n'
import { breakScreenMode } from '../../../shared/hosting/break-screen'
import { BreakScreen } from '../screens/break-screen/BreakScreen'
import { BreakSoon } from '../screens/break-screen/BreakSoon'
import { ScreenView } from '../screens/ScreenView'
import { KeptSetupProvider } from '../screens/setup/kept-setup'
import { useFirstRun } from '../screens/setup/useFirstRun'
import { useHost, useSnapshot } from '../state/host-context'
import { Nav, NAV_ITEMS } from './Nav'
import { Notices } from './Notices'
import { Starting } from './Starting'
import { useScreen } from './routes'
import { useLanguage } from './useLanguage'
import { useTheme } from './useTheme'

const TITLES: Record<Screen, string> = {
  ...(Object.fromEntries(NAV_ITEMS.map((item) => [item.screen, item.label])) as Record<Screen, string>),
  'red-flags': msg('Is this serious?'),
  setup: msg('Set up Unknot'),
}

export function App() {
  const { t } = useTranslation()
  const host = useHost()
  const snapshot = useSnapshot()
  const [screen, go] = useScreen()
  const heading = useRef<HTMLHeadingElement>(null)
  const firstScreen = useRef(screen)
  useTheme(snapshot?.settings.appearance.theme ?? 'system')
  useLanguage(snapshot?.settings.appearance.language ?? 'system')

  useFirstRun(snapshot, screen, go)
  useEffect(() => host.api.on('navigate', (request) => go(request.screen)), [host, go])
  useEffect(() => {
    document.title = `${t(TITLES[screen])} · Unknot`
    // After a screen change focus moves to its heading, so keyboard and screen-reader users land on the new
    // content; on first load focus stays at the top of the page.
    if (screen !== firstScreen.current) {
      firstScreen.current = screen
      heading.current?.focus()
    }
  }, [screen, t])

  // A firm or strict break covers the page; what is under it can be neither reached nor read until it ends.
  const covered = snapshot !== null && snapshot !== undefined && breakScreenMode(snapshot.reminders) !== null
  return (
    <KeptSetupProvider>
      <div className="app" inert={covered}>
        <a
          className="skip-link"
          href="#content"
          onClick={(event) => {
            event.preventDefault()
            heading.current?.focus()
          }}
        >
          {t('Skip to content')}
        </a>
        <header className="topbar">
          <span className="brand">Unknot</span>
          <a className="red-flags-link" href="#/red-flags" aria-current={screen === 'red-flags' ? 'page' : undefined}>
            {t('Is this serious?')}
          </a>
        </header>
        <Nav current={screen} />
        <main className="content" id="content">
          <h1 ref={heading} tabIndex={-1}>
            {t(TITLES[screen])}
          </h1>
          {snapshot ? (
            <>
              <BreakSoon snapshot={snapshot} />
              <Notices notices={snapshot.notices} />
              <ScreenView screen={screen} snapshot={snapshot} />
            </>
          ) : (
            <Starting />
          )}
        </main>
        <footer className="footer">
          <p>
            {t(
              'Unknot offers general information and reminders, not medical advice. If your pain is severe, new or worrying, contact a health professional.',
            )}
          </p>
        </footer>
      </div>
      {covered && <BreakScreen snapshot={snapshot} role="main" />}
    </KeptSetupProvider>
  )
}
