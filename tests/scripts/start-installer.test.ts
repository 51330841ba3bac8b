import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { findElectronBinary } from '../../scripts/electron-binary.mjs'
import { ELECTRON_INSTALLER, runCommand, start } from '../../scripts/start.mjs'

// Electron's real installer, pointed at a loopback mirror that has nothing: it must fail cleanly, and npm start
// must fall back. Nothing leaves the machine; its cache is a temporary folder. Skipped where the binary is
// installed (the installer would then exit at once without downloading).
const installed = Boolean(findElectronBinary().executable)
const requested: string[] = []
let server: Server
let cache: string

beforeAll(async () => {
  cache = mkdtempSync(join(tmpdir(), 'unknot-electron-cache-'))
  server = createServer((request, response) => {
    requested.push(request.url ?? '')
    response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  rmSync(cache, { recursive: true, force: true })
})

/** This environment without any Electron download setting of the machine's, then the loopback mirror. */
function loopbackEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/electron/i.test(name)))
  const { port } = server.address() as AddressInfo
  return { ...env, ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, electron_config_cache: cache }
}

test.skipIf(installed)(
  "with no binary to download, Electron's installer fails and npm start opens the web companion",
  async () => {
    const env = loopbackEnv()
    const lines: string[] = []
    const started: string[] = []
    const code = await start({
      find: () => ({ reason: "Electron's binary has not been downloaded yet", installable: true }),
      run: (command, args, options) => {
        if (args[0] === ELECTRON_INSTALLER) return runCommand(command, args, { ...options, env })
        started.push(args.join(' '))
        return Promise.resolve({ code: 0 })
      },
      say: (line) => lines.push(line),
    })
    const { version } = (await import('electron/package.json', { with: { type: 'json' } })).default
    const platform = process.platform
    expect(requested).toEqual([`/v${version}/electron-v${version}-${platform}-${process.arch}.zip`])
    expect(lines[1]).toMatch(
      /^Unknot: cannot start the desktop app: Electron's installer could not fetch the binary \(HTTPError: Response code 404 .*\); starting the web companion instead\.$/,
    )
    expect(started).toEqual(['scripts/web.mjs'])
    expect(code).toBe(0)
  },
  60_000,
)
