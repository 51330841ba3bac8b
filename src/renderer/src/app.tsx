import type { ComponentType } from 'react'
import type { BreakScreenRole } from '../../shared/hosting/break-screen'
import type { Host } from './host/types'
import { App } from './shell/App'
import type { ContentProps } from './shell/Window'
import { BreakScreenPage } from './screens/break-screen/BreakScreenPage'
import { HostProvider } from './state/host-context'

export { chooseHost } from './host'

/** The main window's content on `host`, for the frame to show once loaded. */
export function appContent(host: Host): ComponentType<ContentProps> {
  return function AppOnHost(props: ContentProps) {
    return (
      <HostProvider host={host}>
        <App {...props} />
      </HostProvider>
    )
  }
}

/** A desktop break-screen window: the break alone, no frame. */
export function BreakScreenWindow({ host, role }: { host: Host; role: BreakScreenRole }) {
  return (
    <HostProvider host={host}>
      <BreakScreenPage role={role} />
    </HostProvider>
  )
}
