import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'

const policyIn = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]

// The build step runs before these tests (npm test, CI), and the web companion serves what it built (out/renderer):
// the page a release ships carries the strict policy written in src/renderer/index.html, never the dev server's.
test('the built page carries the strict Content-Security-Policy, not the one widened for the dev server', async ({
  request,
}) => {
  const built = await (await request.get('/')).text()
  const policy = policyIn(built)
  expect(policy).toBe(policyIn(readFileSync('src/renderer/index.html', 'utf8')))
  expect(policy).toContain("script-src 'self';")
  expect(policy).not.toContain('unsafe-inline')
  expect(policy).not.toContain('ws:')
})

test('the built camera and break-screen pages of the desktop app carry the very same policy', async ({ request }) => {
  const written = policyIn(readFileSync('src/renderer/index.html', 'utf8'))
  expect(policyIn(await (await request.get('/camera.html')).text())).toBe(written)
  expect(policyIn(await (await request.get('/break.html')).text())).toBe(written)
})
