import { describe, expect, test } from 'vitest'
import type { ElectronBinary } from '../../scripts/electron-binary.mjs'
import { ELECTRON_INSTALLER, start, type RunResult } from '../../scripts/start.mjs'

const NODE = '/usr/bin/node'
const BINARY = '/app/node_modules/electron/dist/electron'
const MISSING: ElectronBinary = { reason: "Electron's binary has not been downloaded yet", installable: true }

/** npm start against a fake machine: `installer` is what Electron's installer does when it runs. */
async function startOn(options: {
  binary: ElectronBinary
  installer?: RunResult & { installs?: boolean }
  build?: RunResult
  errorsToTerminal?: boolean
}) {
  let binary = options.binary
  const runs: { command: string; args: string[]; captureErrors: boolean | undefined }[] = []
  const lines: string[] = []
  const code = await start({
    find: () => binary,
    run: async (command, args, runOptions) => {
      runs.push({ command, args, captureErrors: runOptions?.captureErrors })
      if (args[0] === ELECTRON_INSTALLER) {
        const { installs = false, ...result } = options.installer ?? { code: 1 }
        if (installs) binary = { executable: BINARY }
        return result
      }
      if (command === 'npx') return options.build ?? { code: 0 }
      return { code: command === BINARY ? 7 : 3 }
    },
    say: (line) => lines.push(line),
    args: ['--port', '5300'],
    node: NODE,
    errorsToTerminal: options.errorsToTerminal ?? false,
  })
  return { code, lines, commands: runs.map((run) => [run.command, ...run.args].join(' ')), runs }
}

const BUILD = 'npx electron-vite build'
const INSTALL = `${NODE} ${ELECTRON_INSTALLER}`
const WEB = `${NODE} scripts/web.mjs --port 5300`

describe('npm start', () => {
  test('with the binary installed, builds and launches the desktop app without the installer', async () => {
    const { code, lines, commands } = await startOn({ binary: { executable: BINARY } })
    expect(commands).toEqual([BUILD, `${BINARY} .`])
    expect(lines).toEqual([])
    expect(code).toBe(7)
  })

  test("without the binary, runs Electron's installer, then builds and launches the desktop app", async () => {
    const { code, lines, commands } = await startOn({ binary: MISSING, installer: { code: 0, installs: true } })
    expect(commands).toEqual([INSTALL, BUILD, `${BINARY} .`])
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/fetching it with Electron's installer/)
    expect(code).toBe(7)
  })

  test('when the installer fails, says so in one line with its error and opens the web companion', async () => {
    const error = 'HTTPError: Response code 404 (Not Found) for http://127.0.0.1/v45.4.1/electron.zip'
    const { code, lines, commands } = await startOn({ binary: MISSING, installer: { code: 1, errorLine: error } })
    expect(commands).toEqual([INSTALL, WEB])
    expect(lines).toHaveLength(2)
    expect(lines[1]).toBe(
      `Unknot: cannot start the desktop app: Electron's installer could not fetch the binary (${error}); ` +
        'starting the web companion instead.',
    )
    expect(code).toBe(3)
  })

  test('an installer that fails without a word is named by its exit code', async () => {
    const { lines } = await startOn({ binary: MISSING, installer: { code: 9 } })
    expect(lines[1]).toMatch(/Electron's installer could not fetch the binary \(exit code 9\)/)
  })

  test('an installer that exits cleanly without leaving the binary falls back with the reason it is missing', async () => {
    const { commands, lines } = await startOn({ binary: MISSING, installer: { code: 0 } })
    expect(commands).toEqual([INSTALL, WEB])
    expect(lines[1]).toMatch(/has not been downloaded yet; starting the web companion/)
  })

  test('in a terminal the installer keeps its stderr (its progress bar); elsewhere its error is captured', async () => {
    const inTerminal = await startOn({
      binary: MISSING,
      installer: { code: 0, installs: true },
      errorsToTerminal: true,
    })
    const inLog = await startOn({ binary: MISSING, installer: { code: 0, installs: true }, errorsToTerminal: false })
    expect(inTerminal.runs[0]?.captureErrors).toBe(false)
    expect(inLog.runs[0]?.captureErrors).toBe(true)
  })

  test('when the installer cannot help (no electron package), opens the web companion at once', async () => {
    const binary = { reason: 'the electron package is not installed (run npm install)', installable: false }
    const { commands, lines } = await startOn({ binary })
    expect(commands).toEqual([WEB])
    expect(lines).toEqual([
      'Unknot: cannot start the desktop app: the electron package is not installed (run npm install); ' +
        'starting the web companion instead.',
    ])
  })

  test('a failed build stops before launching', async () => {
    const { code, commands } = await startOn({ binary: { executable: BINARY }, build: { code: 2 } })
    expect(commands).toEqual([BUILD])
    expect(code).toBe(2)
  })
})
