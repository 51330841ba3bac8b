import type { ReactNode, RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Screen } from '../../../shared/contract/screens'
import { msg } from '../../../shared/i18n'
import { Nav, NAV_ITEMS } from './Nav'

export const TITLES: Record<Screen, string> = {
  ...(Object.fromEntries(NAV_ITEMS.map((item) => [item.screen, item.label])) as Record<Screen, string>),
  'red-flags': msg('Is this serious?'),
  setup: msg('Set up Unknot'),
}

/**
 * The window's frame: skip link, top bar, navigation, the screen's heading and the footer's note, around the
 * screen's content. It needs neither the host nor a snapshot, so it is the first thing a start shows.
 */
export function Frame({
  screen,
  heading,
  covered = false,
  children,
}: {
  screen: Screen
  heading: RefObject<HTMLHeadingElement | null>
  /** a firm or strict break covers the page: nothing in the frame can be reached or read */
  covered?: boolean
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
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
        {children}
      </main>
      <footer className="footer">
        <p>
          {t(
            'Unknot offers general information and reminders, not medical advice. If your pain is severe, new or worrying, contact a health professional.',
          )}
        </p>
      </footer>
    </div>
  )
}
