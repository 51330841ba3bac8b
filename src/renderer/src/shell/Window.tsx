import { startTransition, useEffect, useLayoutEffect, useRef, useState, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import type { Screen } from '../../../shared/contract/screens'
import { Frame, TITLES } from './Frame'
import { LoadFailed } from './LoadFailed'
import { openedOnScreen, screenFromHash, useScreen } from './routes'

/** What the frame hands the app's content once it has loaded. */
export interface ContentProps {
  screen: Screen
  go: (screen: Screen) => void
  /** a firm or strict break covers the page (the content draws the break screen itself) */
  setCovered: (covered: boolean) => void
}

type Loaded = ComponentType<ContentProps> | 'failed' | null

/**
 * The main window. Its frame (heading, navigation, footer) needs neither the host nor a snapshot, so it is the first
 * thing a start shows, and its links answer at once; `load` brings the rest (host, companion, screens), which then
 * fills the frame. The frame is the same element before and after, so nothing the person focused is lost.
 */
export function Window({
  load,
  loaded = null,
}: {
  load: () => Promise<ComponentType<ContentProps>>
  /** the content when it is already here (no load then) */
  loaded?: ComponentType<ContentProps> | null
}) {
  const { t } = useTranslation()
  const [screen, go] = useScreen()
  const heading = useRef<HTMLHeadingElement>(null)
  const [covered, setCovered] = useState(false)
  const [Content, setContent] = useState<Loaded>(() => loaded)
  const needed = Content === null
  const shownScreen = useRef<Screen | null>(null)
  useEffect(() => {
    document.title = `${t(TITLES[screen])} · Unknot`
    // On the screen the page opened on, focus stays at the top of the page; a link followed since, even before the
    // start took over the shipped frame, is a move.
    shownScreen.current ??= openedOnScreen()
    // A takeover's first pass draws the shipped frame's screen, whatever the address: not a move.
    if (screen === shownScreen.current || screen !== screenFromHash(window.location.hash)) return
    // After a screen change focus moves to its heading, so keyboard and screen-reader users land on the new
    // content, whether or not the app's code has arrived yet.
    shownScreen.current = screen
    heading.current?.focus()
  }, [screen, t])
  // main.ts hid the shipped frame's heading and mark when the address names another screen: shown once they name it.
  useLayoutEffect(() => {
    if (screen === screenFromHash(window.location.hash)) document.documentElement.classList.remove('screen-pending')
  }, [screen])
  useEffect(() => {
    if (!needed) return
    let live = true
    load().then(
      // in a transition, so the content's first render yields to the browser rather than hold the page
      (loaded) => live && startTransition(() => setContent(() => loaded)),
      () => live && setContent('failed'),
    )
    return () => {
      live = false
    }
  }, [load, needed])

  return (
    <Frame screen={screen} heading={heading} covered={covered}>
      {Content === 'failed' ? (
        <LoadFailed />
      ) : Content ? (
        <Content screen={screen} go={go} setCovered={setCovered} />
      ) : (
        <p role="status">{t('Starting…')}</p>
      )}
    </Frame>
  )
}
