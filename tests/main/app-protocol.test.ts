import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('./fake-electron'))

const { APP_PAGE_URL, fileForRequest, registerAppScheme, serveRenderer } = await import('../../src/main/app-protocol')
const { app, net, protocol, resetFakeElectron } = await import('./fake-electron')

const root = join('/opt', 'Unknot', 'out', 'renderer')

describe('the unknot:// protocol', () => {
  beforeEach(() => resetFakeElectron())

  it('is registered like https (standard, secure, CORS-enabled) with a code cache, so the page gets its own origin, its module scripts load and a reopened window reuses their compiled code', () => {
    registerAppScheme()
    expect(protocol.privileged).toEqual([
      {
        scheme: 'unknot',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
      },
    ])
    expect(APP_PAGE_URL).toBe('unknot://app/index.html')
  })

  it('maps the page and its assets to files inside the renderer folder', () => {
    expect(fileForRequest('unknot://app/index.html', root)).toBe(join(root, 'index.html'))
    expect(fileForRequest('unknot://app/', root)).toBe(join(root, 'index.html'))
    expect(fileForRequest('unknot://app/assets/index-1.js?v=2#x', root)).toBe(join(root, 'assets', 'index-1.js'))
    expect(fileForRequest('unknot://app/assets/two%20words.png', root)).toBe(join(root, 'assets', 'two words.png'))
  })

  it('refuses other hosts, other schemes, paths that climb out of the folder and malformed ones', () => {
    expect(fileForRequest('unknot://elsewhere/index.html', root)).toBeUndefined()
    expect(fileForRequest('file:///opt/Unknot/out/renderer/index.html', root)).toBeUndefined()
    expect(fileForRequest('unknot://app/..%2f..%2f..%2fetc%2fpasswd', root)).toBeUndefined()
    expect(fileForRequest('unknot://app/%E0%A4%A', root)).toBeUndefined()
    expect(fileForRequest('not a url', root)).toBeUndefined()
  })

  it('serves files through net.fetch and answers 404 to anything it refuses', async () => {
    await app.whenReady()
    serveRenderer(root)
    const handler = protocol.handlers.get('unknot')
    if (!handler) throw new Error('no handler registered for unknot://')
    const page = await handler(new Request('unknot://app/index.html'))
    expect(page.status).toBe(200)
    expect(net.fetched).toEqual([pathToFileURL(join(root, 'index.html')).href])
    const refused = await handler(new Request('unknot://app/..%2f..%2fsecret.txt'))
    expect(refused.status).toBe(404)
    expect(net.fetched).toHaveLength(1)
  })
})
