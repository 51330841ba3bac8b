import { isAbsolute, join, normalize, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { net, protocol } from 'electron'

/**
 * The page is served from its own origin, unknot://app, rather than file://: a file:// page shares its origin with
 * every file on disk, ours can then reach only the renderer's own files (Electron checklist item 18).
 */
export const APP_SCHEME = 'unknot'
export const APP_HOST = 'app'
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`
/** A break screen's page: the same code, without the main window's frame in its HTML. */
export const BREAK_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/break.html`

/**
 * Must run before the app is ready: the scheme behaves like https (standard, secure, fetch allowed). The bundle's
 * module scripts are fetched in CORS mode (Vite marks them crossorigin), which Chromium allows only on CORS-enabled
 * schemes; the scheme serves nothing but our own files, and no other origin is ever loaded in the window.
 * The window is opened from the tray many times a day, each time in a new renderer: with V8's code cache (which a
 * custom scheme gets only when asked for) it reuses the compiled code of the earlier opens instead of compiling
 * React and the app again.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ])
}

/** The file inside `root` that a request names, or undefined for another host or a path that leaves `root`. */
export function fileForRequest(requestUrl: string, root: string): string | undefined {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return undefined
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return undefined
  }
  const file = normalize(join(root, path === '/' ? 'index.html' : path))
  const inside = relative(root, file)
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? undefined : file
}

export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = fileForRequest(request.url, root)
    return file ? net.fetch(pathToFileURL(file).href) : new Response('Not found', { status: 404 })
  })
}
