import { render } from '@testing-library/react'
import { appContent } from '../../src/renderer/src/app'
import { browserHost } from '../../src/renderer/src/host/browser'
import { Window } from '../../src/renderer/src/shell/Window'

/** The whole main window on the real in-page companion, composed as main.tsx composes it for the web companion. */
export function renderApp(hash = '#/today') {
  window.location.hash = hash
  const host = browserHost()
  const content = Promise.resolve(appContent(host))
  return { host, ...render(<Window load={() => content} />) }
}
