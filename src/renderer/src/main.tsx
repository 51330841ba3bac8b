import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { breakScreenRoleOf } from './screens/break-screen/role'
import { Window } from './shell/Window'
import './i18n'
import './styles.css'

const element = document.getElementById('root')
if (!element) throw new Error('index.html has no #root element.')
const root = createRoot(element)
const breakScreenRole = breakScreenRoleOf(window.location.hash)
// Everything but the frame (host, companion, screens) is one chunk, fetched once the frame is on screen.
const loadApp = () => import('./app')

if (breakScreenRole) {
  void loadApp().then(({ BreakScreenWindow, chooseHost }) =>
    root.render(
      <StrictMode>
        <BreakScreenWindow host={chooseHost()} role={breakScreenRole} />
      </StrictMode>,
    ),
  )
} else {
  // Fetched at once, evaluated only after the frame below has been committed.
  const content = loadApp().then(({ appContent, chooseHost }) => appContent(chooseHost()))
  const load = () => content
  // The window is opened many times a day: its frame shows and answers before the rest has arrived.
  flushSync(() =>
    root.render(
      <StrictMode>
        <Window load={load} />
      </StrictMode>,
    ),
  )
}
