import type { ElectronBinary } from './electron-binary.mjs'

export interface RunResult {
  code: number
  errorLine?: string
}
export type Run = (command: string, args: string[], options?: { captureErrors?: boolean }) => Promise<RunResult>

export declare const ELECTRON_INSTALLER: string
export function start(options: {
  find: () => ElectronBinary
  run: Run
  say: (line: string) => void
  args?: string[]
  node?: string
  errorsToTerminal?: boolean
}): Promise<number>
export function runCommand(
  command: string,
  args: string[],
  options?: { captureErrors?: boolean; env?: NodeJS.ProcessEnv },
): Promise<RunResult>
export function nodeVersionProblem(version: string, engines: string): string | null
