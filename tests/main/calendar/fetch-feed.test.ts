import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchFeed, type FetchLike } from '../../../src/main/calendar/fetch-feed'
import { ManualClock } from '../../support/manual-clock'
import { fixture, startFeedServer, type FeedServer } from './feed-server'

const SECRET = 'private-3f9a1c7e5b2d'

describe('fetching one calendar feed from a loopback server', () => {
  let server: FeedServer
  let clock: ManualClock
  const fetchLike: FetchLike = (url, init) => fetch(url, init)
  const get = (path: string, extra: Partial<Parameters<typeof fetchFeed>[1]> = {}) =>
    fetchFeed(server.url(path), { fetch: fetchLike, timers: clock, timeoutMs: 30_000, maxBytes: 100_000, ...extra })

  beforeEach(async () => {
    server = await startFeedServer()
    clock = new ManualClock(Date.parse('2026-11-25T08:00:00Z'))
  })
  afterEach(async () => {
    await server.close()
  })

  it('returns the calendar text and leaves no timer behind', async () => {
    server.serve(`/${SECRET}/basic.ics`, fixture('kinds.ics'))
    expect(await get(`/${SECRET}/basic.ics`)).toEqual({ ok: true, text: fixture('kinds.ics') })
    expect(clock.pendingCount).toBe(0)
  })

  it('says what a 404, a 403 and a 500 mean, without the address', async () => {
    server.status(`/${SECRET}/gone.ics`, 404)
    server.status(`/${SECRET}/refused.ics`, 403)
    server.status(`/${SECRET}/broken.ics`, 500)
    const gone = await get(`/${SECRET}/gone.ics`)
    const refused = await get(`/${SECRET}/refused.ics`)
    const broken = await get(`/${SECRET}/broken.ics`)
    expect(gone).toEqual({
      ok: false,
      error: {
        text: 'The calendar server does not know this address (error {{status}}). It may have been reset: copy the private address again.',
        values: { status: 404 },
      },
    })
    expect(refused).toMatchObject({ ok: false, error: { values: { status: 403 } } })
    expect(broken).toEqual({
      ok: false,
      error: { text: 'The calendar server answered with an error ({{status}}).', values: { status: 500 } },
    })
    for (const result of [gone, refused, broken]) expect(JSON.stringify(result)).not.toContain(SECRET)
  })

  it('gives up after the time limit on the injected clock, not on real time', async () => {
    server.hang(`/${SECRET}/slow.ics`)
    const pending = get(`/${SECRET}/slow.ics`)
    await vi.waitFor(() => expect(server.requests).toHaveLength(1))
    clock.advance(29_999)
    let settled = false
    void pending.then(() => (settled = true))
    await new Promise((resolve) => setImmediate(resolve))
    expect(settled).toBe(false)
    clock.advance(1)
    expect(await pending).toEqual({
      ok: false,
      error: { text: 'The calendar server did not answer within {{seconds}} seconds.', values: { seconds: 30 } },
    })
  })

  it('refuses a calendar larger than the cap, whether or not the server declares its size', async () => {
    const big = fixture('kinds.ics').repeat(20)
    server.serve('/declared.ics', big)
    server.route('/chunked.ics', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/calendar' })
      for (let i = 0; i < 20; i++) response.write(fixture('kinds.ics'))
      response.end()
    })
    const tooLarge = {
      ok: false,
      error: {
        text: 'The calendar is larger than {{megabytes}} MB, more than Unknot reads.',
        values: { megabytes: 0 },
      },
    }
    expect(await get('/declared.ics', { maxBytes: 10_000 })).toEqual(tooLarge)
    expect(await get('/chunked.ics', { maxBytes: 10_000 })).toEqual(tooLarge)
  })

  it('says it could not reach a server that is not there, without the address', async () => {
    const address = server.url(`/${SECRET}/basic.ics`)
    await server.close()
    const result = await fetchFeed(address, { fetch: fetchLike, timers: clock, timeoutMs: 30_000, maxBytes: 1000 })
    expect(result).toEqual({ ok: false, error: { text: 'Unknot could not reach the calendar server.' } })
    server = await startFeedServer()
  })

  it('fetches only over https, or http to 127.0.0.1, and never calls fetch for any other address', async () => {
    const spy = vi.fn<FetchLike>()
    const tryAddress = (address: string) =>
      fetchFeed(address, { fetch: spy, timers: clock, timeoutMs: 1000, maxBytes: 1000 })
    expect(await tryAddress(`http://calendar.example.com/${SECRET}.ics`)).toEqual({
      ok: false,
      error: { text: 'A calendar address must start with https:// (or webcal://).' },
    })
    expect(await tryAddress(`http://localhost/${SECRET}.ics`)).toMatchObject({ ok: false })
    expect(await tryAddress(`ftp://calendar.example.com/${SECRET}.ics`)).toMatchObject({ ok: false })
    expect(await tryAddress(`https://ana:${SECRET}@calendar.example.com/basic.ics`)).toEqual({
      ok: false,
      error: { text: 'A calendar address cannot contain a user name or password.' },
    })
    expect(await tryAddress('not an address')).toMatchObject({ ok: false })
    expect(spy).not.toHaveBeenCalled()
  })

  it('fetches a webcal:// address over https', async () => {
    const spy = vi.fn<FetchLike>().mockResolvedValue(new Response('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'))
    await fetchFeed('webcal://calendar.example.com/basic.ics', {
      fetch: spy,
      timers: clock,
      timeoutMs: 1,
      maxBytes: 1000,
    })
    expect(spy.mock.calls[0]?.[0]).toBe('https://calendar.example.com/basic.ics')
  })

  it('follows a redirect that stays on allowed addresses, and refuses one to plain http', async () => {
    server.serve('/new.ics', fixture('kinds.ics'))
    server.status('/old.ics', 301, { location: '/new.ics' })
    server.status('/downgrade.ics', 302, { location: `http://calendar.example.com/${SECRET}.ics` })
    expect(await get('/old.ics')).toEqual({ ok: true, text: fixture('kinds.ics') })
    expect(await get('/downgrade.ics')).toEqual({
      ok: false,
      error: { text: 'The calendar server redirected to an address that is not https.' },
    })
  })
})
