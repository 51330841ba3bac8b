import { render } from '@testing-library/react'
import { browserHost } from '../../src/renderer/src/host/browser'
import { App } from '../../src/renderer/src/shell/App'
import { HostProvider } from '../../src/renderer/src/state/host-context'

/** The whole app on the real in-page companion, as the web companion runs it. */
export function renderApp(hash = '#/today') {
  window.location.hash = hash
  const host = browserHost()
  return {
    host,
    ...render(
      <HostProvider host={host}>
        <App />
      </HostProvider>,
    ),
  }
}
