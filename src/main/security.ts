import { shell, type Session, type WebContents } from 'electron'
import { isAllowedExternalUrl } from '../shared/hosting/external-links'

/**
 * Our window only ever shows our own page: no navigation away, no new windows, no permission prompts. A link to a
 * cited source (https, on the allow-list), whether it asks for a new window or not, opens in the person's browser
 * instead; every other one goes nowhere.
 */
export function hardenContents(contents: WebContents, externalAllowList: ReadonlySet<string>): void {
  const openIfCited = (url: string): void => {
    // electronegativity: OPEN_EXTERNAL_JS_CHECK: only exact https URLs of cited sources pass the allow-list.
    if (isAllowedExternalUrl(url, externalAllowList)) void shell.openExternal(url)
  }
  contents.on('will-navigate', (event) => {
    event.preventDefault()
    openIfCited(event.url)
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openIfCited(url)
    return { action: 'deny' }
  })
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
