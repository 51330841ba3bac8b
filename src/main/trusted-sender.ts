/**
 * Only our own renderer may call the companion. Its frame URL must be one of the pages we load (unknot://app/index.html
 * or break.html, any hash route), or the dev server's origin while developing. Anything else (a navigated frame, an
 * iframe, a devtools extension page, a file:// page) is refused.
 */
export interface TrustedOrigins {
  /** the URLs of our pages, without a hash */
  rendererPageUrls: readonly string[]
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
  const isPage = (pageUrl: string) => {
    const page = new URL(pageUrl)
    return url.protocol === page.protocol && url.host === page.host && url.pathname === page.pathname
  }
  if (trusted.rendererPageUrls.some(isPage)) return true
  return trusted.devServerOrigin !== undefined && url.origin === trusted.devServerOrigin
}
