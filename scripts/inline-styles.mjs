// A stylesheet the page links holds its first paint until the file has been fetched. The window's own styles are a
// few KiB, so the built page carries them in a <style> element instead, allowed by their hash in the page's
// Content-Security-Policy (no 'unsafe-inline'): the frame shipped in index.html paints from the HTML alone.
import { createHash } from 'node:crypto'

const LINK = /<link rel="stylesheet"(?: crossorigin)? href="\.\/(assets\/[^"]+\.css)">/g
const POLICY = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/

/** The CSP source that allows exactly `text` in a <style> element. */
export function styleHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** `policy` with `sources` added to its style-src directive. */
function allowStyles(policy, sources) {
  let found = false
  const directives = policy.split(';').map((directive) => {
    const [name, ...existing] = directive.trim().split(/\s+/)
    if (name !== 'style-src') return directive.trim()
    found = true
    return [name, ...existing, ...sources].join(' ')
  })
  if (!found) throw new Error("The page's Content-Security-Policy has no style-src to allow its inline styles in.")
  return directives.filter(Boolean).join('; ')
}

/** `html` with each stylesheet it links from `stylesheets` (file → text) inlined, and its policy allowing them. */
export function inlineStylesheets(html, stylesheets) {
  const hashes = []
  const inlined = html.replace(LINK, (_link, file) => {
    const css = stylesheets(file)
    if (css === undefined) throw new Error(`The page links ${file}, which the build did not make.`)
    if (/<\/style/i.test(css)) throw new Error(`${file} cannot go in a <style> element: it contains "</style".`)
    hashes.push(styleHash(css))
    return `<style>${css}</style>`
  })
  if (hashes.length === 0) throw new Error('The page links no stylesheet to inline.')
  if (!POLICY.test(inlined)) throw new Error('The page has no Content-Security-Policy to allow its inline styles in.')
  return inlined.replace(POLICY, (_match, before, policy, after) => `${before}${allowStyles(policy, hashes)}${after}`)
}

/** The build plugin, for the pages in `pages`; the stylesheet files stay in the build for any other page. */
export function inlineStyles({ pages }) {
  return {
    name: 'unknot-inline-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename, bundle }) {
        if (!pages.includes(filename)) return html
        return inlineStylesheets(html, (file) => {
          const asset = bundle?.[file]
          return asset?.type === 'asset' ? String(asset.source) : undefined
        })
      },
    },
  }
}
