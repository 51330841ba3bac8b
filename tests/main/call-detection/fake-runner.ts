import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RunCommand } from '../../../src/main/call-detection/command'
import type { DeviceUse } from '../../../src/main/call-detection/device-use'
import { interpolate, type Message } from '../../../src/shared/kernel/message'

const FIXTURES = join(__dirname, '../fixtures/call-detection')

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8')
}

/** What a command answers: its output, or the error it fails with. */
export type Answer = string | Error

export function commandError(message: string, props: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), props)
}

export const notInstalled = (file: string): Error =>
  commandError(`spawn ${file} ENOENT`, { code: 'ENOENT', errno: -2, syscall: `spawn ${file}` })

/**
 * A runner that answers each command line ("pactl list short sources") from a table and records the calls;
 * a command line missing from the table never answers, like a hung program.
 */
export function fakeRunner(answers: Record<string, Answer>): RunCommand & { calls: string[] } {
  const calls: string[] = []
  const run: RunCommand = (file, args) => {
    const line = [file, ...args].join(' ')
    calls.push(line)
    const answer = answers[line]
    if (answer === undefined) return new Promise<string>(() => {})
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)
  }
  return Object.assign(run, { calls })
}

/** A reason as the English sentence Settings shows. */
export const english = (reason: Message): string => interpolate(reason.text, reason.values)

/** A device's use with its reason in English, to compare with what a person would read. */
export function inEnglish(use: DeviceUse): { state: DeviceUse['state']; reason?: string } {
  return use.state === 'unknown' ? { state: use.state, reason: english(use.reason) } : use
}
