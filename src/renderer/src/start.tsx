import { startTransition, StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { breakScreenRoleOf } from './screens/break-screen/role'
import { Window } from './shell/Window'
import './i18n'

const element = document.getElementById('root')
if (!element) throw new Error('The page has no #root element.')
const breakScreenRole = breakScreenRoleOf(window.location.hash)
// Everything but the frame (host, companion, screens) is one chunk, fetched at once.
const loadApp = () => import('./app')

if (breakScreenRole) {
  // break.html: an empty page, so a break window never shows the app's frame before its break screen.
  const root = createRoot(element)
  void loadApp().then(({ BreakScreenWindow, chooseHost }) =>
    root.render(
      <StrictMode>
        <BreakScreenWindow host={chooseHost()} role={breakScreenRole} />
      </StrictMode>,
    ),
  )
} else {
  const content = loadApp().then(({ appContent, chooseHost }) => appContent(chooseHost()))
  const page = (
    <StrictMode>
      <Window load={() => content} />
    </StrictMode>
  )
  if (element.hasChildNodes()) {
    // The built index.html already holds the frame, painted before this ran: React takes over those elements, and
    // whatever the person focused or followed meanwhile is kept. As a transition the takeover yields to the browser
    // every few milliseconds instead of holding the page for the whole of it; a click meanwhile is not lost (React
    // hydrates what was clicked first and replays the event).
    startTransition(() => void hydrateRoot(element, page))
  } else {
    // The dev server's page has no frame in it: render it now, before the app's chunk arrives.
    flushSync(() => createRoot(element).render(page))
  }
}
