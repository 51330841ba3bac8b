import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import config from '../../electron.vite.config'
import { relaxForDevServer } from '../../scripts/dev-csp.mjs'

const page = readFileSync('src/renderer/index.html', 'utf8')
const policyOf = (html: string) =>
  new Map(
    (/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map((words) => [words[0] ?? '', words.slice(1)] as const),
  )

describe("the renderer's CSP for the dev server (npm run dev)", () => {
  it('allows what the dev server needs: the React Refresh inline script, injected styles, the hot-reload socket', () => {
    const relaxed = policyOf(relaxForDevServer(page))
    expect(relaxed.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(relaxed.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(relaxed.get('connect-src')).toEqual(["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*'])
  })

  it('changes nothing else, and refuses a page without a policy rather than serve it unguarded', () => {
    const strict = policyOf(page)
    const relaxed = policyOf(relaxForDevServer(page))
    for (const [name, sources] of strict) {
      if (!['script-src', 'style-src', 'connect-src'].includes(name)) expect(relaxed.get(name), name).toEqual(sources)
    }
    expect(relaxed.get('script-src')).not.toContain("'unsafe-eval'")
    expect(() => relaxForDevServer('<html><head></head></html>')).toThrow(/no Content-Security-Policy/)
  })

  it('is a plugin of the dev server only: a build ships the page as written', async () => {
    const renderer = typeof config === 'function' ? undefined : await config.renderer
    const plugins = (renderer && 'plugins' in renderer ? renderer.plugins : []) ?? []
    const csp = plugins.flat().find((plugin) => plugin && 'name' in plugin && plugin.name === 'unknot-dev-server-csp')
    expect(csp).toMatchObject({ apply: 'serve' })
  })
})
