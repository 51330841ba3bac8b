/**
 * Only our own renderer may call the companion. Its frame URL must be the page we loaded: the built index.html on
 * disk, or the dev server's origin while developing. Anything else (a navigated frame, an iframe, a devtools
 * extension page) is refused.
 */
export interface TrustedOrigins {
  /** file:// URL of out/renderer/index.html */
  rendererFileUrl: string
  /** origin of the electron-vite dev server, only in development */
  devServerOrigin?: string
}

export function isTrustedFrameUrl(frameUrl: string | undefined, trusted: TrustedOrigins): boolean {
  if (!frameUrl) return false
  let url: URL
  try {
    url = new URL(frameUrl)
  } catch {
    return false
  }
  if (url.protocol === 'file:') {
    const expected = new URL(trusted.rendererFileUrl)
    return url.pathname === expected.pathname && url.host === expected.host
  }
  return trusted.devServerOrigin !== undefined && url.origin === trusted.devServerOrigin
}
