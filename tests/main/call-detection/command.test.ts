import { describe, expect, it } from 'vitest'
import { describeFailure, runCommand } from '../../../src/main/call-detection/command'
import { english } from './fake-runner'

const TIMEOUT_MS = 30_000

describe('runCommand (the real runner)', () => {
  it("resolves with the program's output, run in the untranslated C locale", async () => {
    const output = await runCommand(process.execPath, ['-e', 'process.stdout.write(process.env.LC_ALL)'], {
      timeoutMs: TIMEOUT_MS,
    })
    expect(output).toBe('C')
  })

  it('rejects with what the program said on a failure, which describeFailure words', async () => {
    const failing = runCommand(
      process.execPath,
      ['-e', 'console.error("Connection failure: Connection refused\\nmore"); process.exit(1)'],
      {
        timeoutMs: TIMEOUT_MS,
      },
    )
    const error = await failing.catch((reason: unknown) => reason)
    expect(english(describeFailure('pactl', error))).toBe('pactl failed: Connection failure: Connection refused')
  })

  it('rejects with ENOENT for a program that is not installed', async () => {
    const error = await runCommand('unknot-no-such-program', [], { timeoutMs: TIMEOUT_MS }).catch((e: unknown) => e)
    expect(english(describeFailure('unknot-no-such-program', error))).toBe('unknot-no-such-program is not installed.')
  })
})

describe('describeFailure', () => {
  it('words any thrown value without throwing itself', () => {
    expect(english(describeFailure('reg', undefined))).toBe('reg failed: undefined')
    expect(english(describeFailure('reg', 'plain text'))).toBe('reg failed: plain text')
    expect(english(describeFailure('reg', { code: 'EPERM' }))).toBe('reg may not be run (permission denied).')
  })
})
