import { shell, type Session, type WebContents, type WebPreferences } from 'electron'
import { isAllowedExternalUrl } from '../shared/hosting/external-links'

/** What every window of ours runs its page with: isolated, sandboxed, no Node, web security on, only `preload`. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    // electronegativity: PRELOAD_JS_CHECK: our own preloads, which expose only what their page needs via contextBridge.
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    disableBlinkFeatures: 'Auxclick',
  }
}

/**
 * Our window only ever shows our own page: no navigation away, no new windows. A link to a
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

/**
 * Every permission is refused to every page, with one exception: the page `mayUseCamera` names (the desktop's hidden
 * camera window, while the camera is on) may use the camera. Video only: the microphone is never granted.
 */
export function hardenSession(
  session: Session,
  mayUseCamera: (contents: WebContents | null) => boolean = () => false,
): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : []
    const videoOnly = mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video')
    callback(permission === 'media' && videoOnly && mayUseCamera(contents))
  })
  session.setPermissionCheckHandler(
    (contents, permission, _origin, details) =>
      permission === 'media' && details.mediaType === 'video' && mayUseCamera(contents),
  )
}
