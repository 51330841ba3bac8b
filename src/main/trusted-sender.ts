/**
 * Only our own renderer may call the companion. Its frame URL must be the page we loaded (unknot://app/index.html,
 * any hash route), or the dev server's origin while developing. Anything else (a navigated frame, an iframe, a
 * devtools extension page, a file:// page) is refused.
 */
export interface TrustedOrigins {
  /** the URL of our page, without a hash */
  rendererPageUrl: string
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
  const page = new URL(trusted.rendererPageUrl)
  if (url.protocol === page.protocol && url.host === page.host && url.pathname === page.pathname) return true
  return trusted.devServerOrigin !== undefined && url.origin === trusted.devServerOrigin
}
