import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Finds the Electron binary without requiring 'electron' (whose index.js would try to download it).
 * Returns its path, or undefined with the reason.
 */
export function findElectronBinary(root = process.cwd()) {
  const pkg = join(root, 'node_modules', 'electron')
  if (!existsSync(pkg)) return { reason: 'the electron package is not installed (run npm install)' }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const pathFile = join(pkg, 'path.txt')
  if (!override && !existsSync(pathFile)) {
    return {
      reason: "Electron's binary has not been downloaded (it is fetched on first launch, which needs internet access)",
    }
  }
  const executable = override
    ? join(override, process.platform === 'win32' ? 'electron.exe' : 'electron')
    : join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(executable) ? { executable } : { reason: `Electron's binary is missing at ${executable}` }
}
