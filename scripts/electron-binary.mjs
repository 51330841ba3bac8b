import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Finds the Electron binary without requiring 'electron' (whose index.js would try to download it).
 * Returns its path, or the reason it is missing and whether Electron's own installer could fetch it
 * (not when the package itself is missing, nor when ELECTRON_OVERRIDE_DIST_PATH points elsewhere).
 */
export function findElectronBinary(root = process.cwd(), env = process.env) {
  const pkg = join(root, 'node_modules', 'electron')
  if (!existsSync(pkg)) {
    return { reason: 'the electron package is not installed (run npm install)', installable: false }
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const executable = join(override, process.platform === 'win32' ? 'electron.exe' : 'electron')
    return existsSync(executable)
      ? { executable }
      : { reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary at ${executable}`, installable: false }
  }
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) {
    return { reason: "Electron's binary has not been downloaded yet", installable: true }
  }
  const executable = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(executable)
    ? { executable }
    : { reason: `Electron's binary is missing at ${executable}`, installable: true }
}
