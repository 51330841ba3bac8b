import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { chooseHost } from './host'
import { App } from './shell/App'
import { BreakPage } from './screens/break-screen/on-first-use'
import { breakScreenRoleOf } from './screens/break-screen/role'
import { HostProvider } from './state/host-context'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element.')

const breakScreenRole = breakScreenRoleOf(window.location.hash)

createRoot(root).render(
  <StrictMode>
    <HostProvider host={chooseHost()}>
      {breakScreenRole ? <BreakPage.View role={breakScreenRole} /> : <App />}
    </HostProvider>
  </StrictMode>,
)
