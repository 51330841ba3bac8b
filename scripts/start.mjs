// npm start: the desktop app where Electron's binary is installed, the web companion otherwise.
import { spawn, spawnSync } from 'node:child_process'
import { findElectronBinary } from './electron-binary.mjs'

const found = findElectronBinary()
if (!found.executable) {
  console.log(
    `Unknot: cannot start the desktop app: ${found.reason}. Get it with "node node_modules/electron/install.js" ` +
      'where there is internet access (or set ELECTRON_OVERRIDE_DIST_PATH); starting the web companion instead.',
  )
  const web = spawn(process.execPath, ['scripts/web.mjs', ...process.argv.slice(2)], { stdio: 'inherit' })
  web.on('exit', (code) => process.exit(code ?? 0))
} else {
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
  const app = spawn(found.executable, ['.'], { stdio: 'inherit' })
  app.on('exit', (code) => process.exit(code ?? 0))
}
