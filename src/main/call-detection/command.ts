import { execFile } from 'node:child_process'
import { msg } from '../../shared/i18n/catalog'
import type { Message } from '../../shared/kernel/message'

/**
 * Runs a program and resolves with its standard output; rejects when it cannot start (error.code 'ENOENT' when it
 * is not installed), exits with an error or overruns `timeoutMs`. Tests hand in a fake with captured outputs.
 */
export type RunCommand = (file: string, args: readonly string[], options: { timeoutMs: number }) => Promise<string>

/** Each reading gives up after this long: readings about a minute apart must not pile up behind a hang. */
export const DETECTOR_TIMEOUT_MS = 5_000

const MAX_OUTPUT_BYTES = 4 * 1024 * 1024

export const runCommand: RunCommand = (file, args, { timeoutMs }) =>
  new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      {
        timeout: timeoutMs,
        maxBuffer: MAX_OUTPUT_BYTES,
        windowsHide: true,
        // pactl translates its labels ("Source:", "Properties:"): the parsers read the untranslated ones
        env: { ...process.env, LC_ALL: 'C' },
      },
      (error, stdout, stderr) => {
        if (error) {
          const detail = String(stderr).trim() || String(stdout).trim()
          reject(Object.assign(error, { detail }))
        } else resolve(String(stdout))
      },
    )
  })

/** A short diagnosis of why `program` gave no answer, for the 'unknown' reason; what the program said stays as is. */
export function describeFailure(program: string, error: unknown): Message {
  const { code, detail, message } = (error ?? {}) as { code?: unknown; detail?: unknown; message?: unknown }
  if (code === 'ENOENT') return { text: msg('{{program}} is not installed.'), values: { program } }
  if (code === 'EACCES' || code === 'EPERM')
    return { text: msg('{{program}} may not be run (permission denied).'), values: { program } }
  const said = typeof detail === 'string' && detail ? detail : typeof message === 'string' ? message : String(error)
  return { text: msg('{{program}} failed: {{error}}'), values: { program, error: firstLine(said) } }
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0]?.trim().slice(0, 200) ?? ''
}

/**
 * Settles with `work`'s answer or, after `timeoutMs`, with `late()`: a detector that hangs (a stuck pactl, a
 * frozen /proc entry) must never hold a reading back. `work` is expected never to reject.
 */
export function withTimeout<T>(work: Promise<T>, timeoutMs: number, late: () => T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(late()), timeoutMs)
    void work.then((value) => {
      clearTimeout(timer)
      resolve(value)
    })
  })
}
