import { render } from '@testing-library/react'
import { appContent } from '../../src/renderer/src/app'
import { browserHost } from '../../src/renderer/src/host/browser'
import type { Host } from '../../src/renderer/src/host/types'
import { BreakCover, BreakPage } from '../../src/renderer/src/screens/break-screen/on-first-use'
import { SCREEN_CODE } from '../../src/renderer/src/screens/screen-code'
import { Window } from '../../src/renderer/src/shell/Window'

// The code a page loads on first use (the screens, a break's cover, the core, the desktop check) is loaded before any test runs, as
// the page's background fetch would have it: the tests run on fake time, which cannot bring a module. Loading on
// first use itself is tested in shell/on-first-use.test.tsx and tests/e2e/start-code.spec.ts.
await Promise.all([
  ...Object.values(SCREEN_CODE).map((load) => load()),
  BreakCover.load(),
  BreakPage.load(),
  import('../../src/renderer/src/host/browser-leader'),
  import('../../src/renderer/src/host/browser-desktop-check'),
])

/**
 * The whole main window on the real in-page companion, composed as start.tsx composes it for the web companion;
 * `host` may dress that companion as another host (the desktop's, say).
 */
export function renderApp(hash = '#/today', host: Host = browserHost()) {
  window.location.hash = hash
  const content = appContent(host)
  return { host, ...render(<Window load={() => Promise.resolve(content)} loaded={content} />) }
}
