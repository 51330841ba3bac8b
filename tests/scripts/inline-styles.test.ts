import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import config from '../../electron.vite.config'
import { inlineStylesheets, styleHash } from '../../scripts/inline-styles.mjs'

const POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; object-src 'none'"
const page = (head: string) =>
  `<html><head><meta http-equiv="Content-Security-Policy" content="${POLICY}" />${head}</head><body></body></html>`
const policyOf = (html: string) => /content="([^"]+)"/.exec(html)?.[1]
const files: Record<string, string> = { 'assets/main-a.css': 'body{margin:0}', 'assets/more-b.css': 'h1{color:red}' }
const stylesheets = (file: string) => files[file]

describe('the stylesheets the built page carries inline', () => {
  it('replace the links, and the policy allows exactly their text by hash, nothing inline besides', () => {
    const built = inlineStylesheets(
      page(
        '<link rel="stylesheet" crossorigin href="./assets/main-a.css"><link rel="stylesheet" href="./assets/more-b.css">',
      ),
      stylesheets,
    )
    expect(built).toContain('<style>body{margin:0}</style><style>h1{color:red}</style>')
    expect(built).not.toContain('<link')
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
    expect(policyOf(built)).toBe(
      `default-src 'none'; script-src 'self'; style-src 'self' ${sha('body{margin:0}')} ${sha('h1{color:red}')}; object-src 'none'`,
    )
    expect(styleHash('body{margin:0}')).toBe(sha('body{margin:0}'))
    expect(policyOf(built)).not.toContain('unsafe-inline')
  })

  it('refuse a page that links a file the build did not make, or links none', () => {
    expect(() => inlineStylesheets(page('<link rel="stylesheet" href="./assets/gone-c.css">'), stylesheets)).toThrow(
      'The page links assets/gone-c.css, which the build did not make.',
    )
    expect(() => inlineStylesheets(page(''), stylesheets)).toThrow('The page links no stylesheet to inline.')
  })

  it('refuse styles that would end the <style> element early, and a page with no policy to allow them in', () => {
    const closing = (file: string) => (file === 'assets/main-a.css' ? 'a::after{content:"</style>"}' : undefined)
    expect(() => inlineStylesheets(page('<link rel="stylesheet" href="./assets/main-a.css">'), closing)).toThrow(
      'contains "</style"',
    )
    expect(() =>
      inlineStylesheets('<html><head><link rel="stylesheet" href="./assets/main-a.css"></head></html>', stylesheets),
    ).toThrow('The page has no Content-Security-Policy to allow its inline styles in.')
  })

  it('is part of the renderer’s build', async () => {
    const renderer = typeof config === 'function' ? undefined : await config.renderer
    const plugins = (renderer && 'plugins' in renderer ? renderer.plugins : []) ?? []
    const inline = plugins.flat().find((plugin) => plugin && 'name' in plugin && plugin.name === 'unknot-inline-styles')
    expect(inline).toMatchObject({ apply: 'build' })
  })
})
