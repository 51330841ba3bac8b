// The built web companion served for a bench on 127.0.0.1 (scripts/web.mjs builds it first).
import { spawn } from 'node:child_process'

/** Resolves once the server listens; `stop` ends it. */
export async function startWebServer(port) {
  const server = spawn(process.execPath, ['scripts/web.mjs', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise((resolve) => server.stdout.on('data', (chunk) => chunk.toString().includes('http://') && resolve()))
  return { base: `http://127.0.0.1:${port}`, stop: () => server.kill() }
}
