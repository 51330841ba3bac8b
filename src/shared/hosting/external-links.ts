/**
 * The only pages Unknot opens outside itself are the sources its health content cites, and only over https.
 * Anything else (another site, http:, file:, javascript:, a look-alike host) is refused.
 */
export function isAllowedExternalUrl(candidate: string, allowedUrls: ReadonlySet<string>): boolean {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false
  return allowedUrls.has(url.href)
}

/** Normalises the cited URLs the same way `URL` will, so a trailing slash or case in the host does not matter. */
export function allowListOf(urls: Iterable<string>): ReadonlySet<string> {
  const set = new Set<string>()
  for (const raw of urls) {
    try {
      const url = new URL(raw)
      if (url.protocol === 'https:') set.add(url.href)
    } catch {
      // a malformed cited URL is simply not openable
    }
  }
  return set
}
