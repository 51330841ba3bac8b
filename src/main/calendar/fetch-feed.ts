import { feedAddressProblem, feedFetchUrl } from '../../shared/calendar/address'
import { msg } from '../../shared/i18n/catalog'
import type { Message } from '../../shared/kernel/message'
import type { Timers } from '../../shared/kernel/time'

/** The part of `fetch` (Node's, or Electron's net.fetch) a feed needs. */
export type FetchLike = (
  url: string,
  init: { signal: AbortSignal; redirect: 'manual'; headers: Record<string, string> },
) => Promise<Pick<Response, 'status' | 'ok' | 'headers' | 'body'>>

export interface FeedFetchOptions {
  fetch: FetchLike
  timers: Timers
  timeoutMs: number
  maxBytes: number
  /** aborts the fetch from outside (the poller shutting down) */
  signal?: AbortSignal
}

export type Fetched = { ok: true; text: string } | { ok: false; error: Message }

const MAX_REDIRECTS = 3

/**
 * Fetches one feed as text: https only (redirects are followed by hand so none can lead to plain http), within a
 * time limit and a size limit. Errors are sentences for Settings; none repeats the address, which is a secret.
 */
export async function fetchFeed(address: string, options: FeedFetchOptions): Promise<Fetched> {
  let url = feedFetchUrl(address)
  if (!url) return failed({ text: feedAddressProblem(address) ?? msg('That calendar address cannot be used.') })
  const controller = new AbortController()
  let timedOut = false
  const timer = options.timers.setTimeout(() => {
    timedOut = true
    controller.abort()
  }, options.timeoutMs)
  const stop = (): void => controller.abort()
  options.signal?.addEventListener('abort', stop)
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await options.fetch(url, {
        signal: controller.signal,
        redirect: 'manual',
        headers: { accept: 'text/calendar, */*;q=0.5' },
      })
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel()
        if (redirects >= MAX_REDIRECTS) return failed({ text: msg('The calendar server redirected too many times.') })
        const next = feedFetchUrl(new URL(location, url).href)
        if (!next) return failed({ text: msg('The calendar server redirected to an address that is not https.') })
        url = next
        continue
      }
      if (!response.ok) {
        await response.body?.cancel()
        return failed(statusError(response.status))
      }
      return await readCapped(response, options.maxBytes)
    }
  } catch {
    if (timedOut) {
      return failed({
        text: msg('The calendar server did not answer within {{seconds}} seconds.'),
        values: { seconds: Math.round(options.timeoutMs / 1000) },
      })
    }
    return failed({ text: msg('Unknot could not reach the calendar server.') })
  } finally {
    options.timers.clear(timer)
    options.signal?.removeEventListener('abort', stop)
  }
}

function failed(error: Message): Fetched {
  return { ok: false, error }
}

function statusError(status: number): Message {
  if (status === 404 || status === 410)
    return {
      text: msg(
        'The calendar server does not know this address (error {{status}}). It may have been reset: copy the private address again.',
      ),
      values: { status },
    }
  if (status === 401 || status === 403)
    return {
      text: msg('The calendar server refused this address (error {{status}}). Copy the private address again.'),
      values: { status },
    }
  return { text: msg('The calendar server answered with an error ({{status}}).'), values: { status } }
}

async function readCapped(response: Pick<Response, 'headers' | 'body'>, maxBytes: number): Promise<Fetched> {
  const tooLarge = failed({
    text: msg('The calendar is larger than {{megabytes}} MB, more than Unknot reads.'),
    values: { megabytes: Math.round(maxBytes / 1024 / 1024) },
  })
  const declared = Number(response.headers.get('content-length'))
  if (declared > maxBytes) {
    await response.body?.cancel()
    return tooLarge
  }
  if (!response.body) return { ok: true, text: '' }
  const reader = response.body.getReader()
  const decoder = new TextDecoder('utf-8')
  let received = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    received += value.byteLength
    if (received > maxBytes) {
      await reader.cancel()
      return tooLarge
    }
    text += decoder.decode(value, { stream: true })
  }
  return { ok: true, text: text + decoder.decode() }
}
