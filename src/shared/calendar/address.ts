import { msg } from '../i18n/catalog'

export const MAX_ADDRESS_LENGTH = 2048

/**
 * A calendar feed address is fetched over https only. webcal:// (what Apple and some sites hand out) means the same
 * feed over https. Plain http is allowed to 127.0.0.1 alone, for tests against a server on this machine.
 * The address is a secret (anyone holding it reads the calendar): messages never repeat it.
 */
export function feedAddressProblem(address: string): string | undefined {
  if (address.length > MAX_ADDRESS_LENGTH) return msg('That calendar address is too long.')
  const url = parse(address)
  if (!url) return msg('A calendar address is a full web address, such as https://calendar.example.com/private.ics.')
  if (url.username || url.password) return msg('A calendar address cannot contain a user name or password.')
  if (url.protocol === 'https:' || url.protocol === 'webcal:') return undefined
  if (url.protocol === 'http:' && url.hostname === '127.0.0.1') return undefined
  return msg('A calendar address must start with https:// (or webcal://).')
}

/** The address to fetch, or undefined when it is not one Unknot fetches (see `feedAddressProblem`). */
export function feedFetchUrl(address: string): string | undefined {
  if (feedAddressProblem(address)) return undefined
  const url = parse(address)!
  if (url.protocol === 'webcal:') return `https:${url.href.slice('webcal:'.length)}`
  return url.href
}

function parse(address: string): URL | undefined {
  try {
    const url = new URL(address.trim())
    return url.hostname ? url : undefined
  } catch {
    return undefined
  }
}
