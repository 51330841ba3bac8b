import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { chooseHost } from './host'
import { App } from './shell/App'
import { HostProvider } from './state/host-context'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element.')

createRoot(root).render(
  <StrictMode>
    <HostProvider host={chooseHost()}>
      <App />
    </HostProvider>
  </StrictMode>,
)
