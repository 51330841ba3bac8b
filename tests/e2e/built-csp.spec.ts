import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'

const policyIn = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
const written = () => policyIn(readFileSync('src/renderer/index.html', 'utf8'))
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

// The build step runs before these tests (npm test, CI), and the web companion serves what it built (out/renderer):
// the page a release ships carries the strict policy written in src/renderer/index.html, never the dev server's.
test('the built page carries the strict Content-Security-Policy, not the one widened for the dev server', async ({
  request,
}) => {
  const built = await (await request.get('/')).text()
  const policy = policyIn(built)
  // The window's styles are in the page (so the frame paints without waiting for a file): the written policy allows
  // them by the hash of each <style> element's text, and allows nothing else besides.
  const inlineStyles = [...built.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css = '']) => css)
  expect(inlineStyles.length).toBeGreaterThan(0)
  expect(policy).toBe(
    written()?.replace("style-src 'self'", ["style-src 'self'", ...inlineStyles.map(hashOf)].join(' ')),
  )
  expect(policy).toContain("script-src 'self';")
  expect(policy).not.toContain('unsafe-inline')
  expect(policy).not.toContain('ws:')
})

test('the built camera and break-screen pages of the desktop app carry the policy as written', async ({ request }) => {
  expect(policyIn(await (await request.get('/camera.html')).text())).toBe(written())
  expect(policyIn(await (await request.get('/break.html')).text())).toBe(written())
})

test('the window’s inline styles apply under that policy: none is refused', async ({ page }) => {
  const refused: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refused.push(message.text())
  })
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Is this serious?' })).toBeVisible()
  // the top bar's layout comes from the inline styles: without them it would be a plain block
  await expect(page.locator('.topbar')).toHaveCSS('display', 'flex')
  expect(refused).toEqual([])
})
