// The web companion: builds the renderer and serves it on 127.0.0.1, running the core in the page.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { preview } from 'vite'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.UNKNOT_WEB_PORT ?? '5199' },
    host: { type: 'string', default: '127.0.0.1' },
    'no-build': { type: 'boolean', default: false },
  },
})

const port = Number(values.port)
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`unknot web: --port must be a whole number from 1 to 65535 (got "${values.port}").`)
  process.exit(2)
}

if (!values['no-build']) {
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (build.status !== 0) {
    console.error('unknot web: the build failed; see the messages above.')
    process.exit(build.status ?? 1)
  }
}

const server = await preview({
  configFile: false,
  root: resolve('src/renderer'),
  build: { outDir: resolve('out/renderer') },
  preview: { port, host: values.host, strictPort: true, open: false },
  logLevel: 'warn',
})
console.log(`Unknot web companion: http://${values.host}:${port}/`)

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0))
  })
}
