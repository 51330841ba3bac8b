// npm start: the desktop app. The first time, Electron's own installer fetches its binary (Electron 45 has no
// postinstall); only when that fails does it say so in one line and open the web companion instead.
import { spawn } from 'node:child_process'
import { readFileSync, realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { findElectronBinary } from './electron-binary.mjs'

export const ELECTRON_INSTALLER = 'node_modules/electron/install.js'

/**
 * The decisions of npm start, with the outside passed in:
 * - `find()` → `{ executable }` or `{ reason, installable }` (scripts/electron-binary.mjs);
 * - `run(command, args, { captureErrors })` → a promise of `{ code, errorLine? }` once the command exits;
 * - `say(line)` prints one line; `errorsToTerminal` is whether stderr is a terminal (the installer's progress bar
 *   draws only there; elsewhere its error is folded into our one line instead of a stack trace).
 * Resolves to the exit code npm start ends with.
 */
export async function start({ find, run, say, args = [], node = process.execPath, errorsToTerminal = false }) {
  let found = find()
  if (!found.executable && found.installable) {
    say("Unknot: Electron's binary is not installed yet; fetching it with Electron's installer (once, about 100 MB)…")
    const install = await run(node, [ELECTRON_INSTALLER], { captureErrors: !errorsToTerminal })
    found =
      install.code === 0
        ? find()
        : { reason: `Electron's installer could not fetch the binary (${installerFailure(install)})` }
  }
  if (!found.executable) {
    say(`Unknot: cannot start the desktop app: ${found.reason}; starting the web companion instead.`)
    return (await run(node, ['scripts/web.mjs', ...args])).code
  }
  const build = await run('npx', ['electron-vite', 'build'])
  if (build.code !== 0) return build.code
  return (await run(found.executable, ['.'])).code
}

function installerFailure({ code, errorLine }) {
  return errorLine ?? `exit code ${code}`
}

/**
 * The one line npm start prints when this Node is outside `engines` (package.json), or null when it is inside.
 * Understands what our `engines` uses: ranges joined by `||`, each `^x.y.z` (same major, at least x.y.z) or
 * `>=x.y.z`.
 */
export function nodeVersionProblem(version, engines) {
  const parse = (text) => text.replace(/^v/, '').split('.').map(Number)
  const atLeast = (have, want) => {
    for (let i = 0; i < 3; i++) if ((have[i] ?? 0) !== (want[i] ?? 0)) return (have[i] ?? 0) > (want[i] ?? 0)
    return true
  }
  const have = parse(version)
  const fits = engines.split('||').some((part) => {
    const range = part.trim()
    if (range.startsWith('>=')) return atLeast(have, parse(range.slice(2).trim()))
    if (range.startsWith('^')) {
      const want = parse(range.slice(1))
      return have[0] === want[0] && atLeast(have, want)
    }
    return false
  })
  return fits
    ? null
    : `Unknot needs Node ${engines} (see "engines" in package.json); this is Node ${version}. Install a supported Node, then run npm start again.`
}

/** Runs a command with the terminal attached; with `captureErrors`, keeps its stderr and returns its gist. */
export function runCommand(command, args, { captureErrors = false, env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['inherit', 'inherit', captureErrors ? 'pipe' : 'inherit'], env })
    let stderr = ''
    child.stderr?.on('data', (chunk) => (stderr += chunk))
    child.on('error', (error) => resolve({ code: 1, errorLine: error.message }))
    child.on('close', (code) => resolve({ code: code ?? 1, errorLine: gist(stderr) }))
  })
}

/** The first line of an error report (an error's stack starts with its message; its frames are indented). */
function gist(text) {
  const line = text
    .split('\n')
    .map((candidate) => candidate.trim())
    .find((candidate) => candidate !== '' && !candidate.startsWith('at '))
  return line?.slice(0, 300)
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  const tooOld = nodeVersionProblem(process.versions.node, engines.node)
  if (tooOld) {
    console.log(tooOld)
    process.exit(1)
  }
  const code = await start({
    find: () => findElectronBinary(),
    run: runCommand,
    say: (line) => console.log(line),
    args: process.argv.slice(2),
    errorsToTerminal: Boolean(process.stderr.isTTY),
  })
  process.exit(code)
}
